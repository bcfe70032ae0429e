/* A stand-in for Windows' bcryptprimitives.dll, for the Wine test only (tools/windows-wine-test.sh):
 * Debian's Wine 8.0 has none, and Rust's standard library imports ProcessPrng from it. Windows 10
 * and later have the real one: this is never shipped, never installed outside a test prefix.
 * ProcessPrng fills a buffer with random bytes; here through RtlGenRandom (advapi32's
 * SystemFunction036), which Wine 8.0 has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
