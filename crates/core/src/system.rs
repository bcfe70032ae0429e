//! What the computer's own programs do for Passerelle: open an official page in the browser, hand
//! a PDF to the printer. Linux goes through `xdg-open` and CUPS's `lp`, macOS through `open` and
//! `lp`, Windows through its shell (`ShellExecuteW`), which starts whatever program the person
//! chose for web pages and PDFs.

use std::path::Path;

/// What became of a PDF handed over for printing.
#[derive(Debug, PartialEq, Eq)]
pub enum Printing {
    /// The print system took it (`lp`'s job line).
    Queued(String),
    /// The default PDF program was asked to print it (Windows' « print » verb): it may show its
    /// own print dialog.
    Handed,
    /// No program can print it directly: it was opened instead, to be printed from there.
    Opened,
}

/// Why printing did not happen.
#[derive(Debug, PartialEq, Eq)]
pub enum PrintError {
    /// The computer has no way to print (no `lp`, no PDF program).
    Unavailable,
    /// The print system refused, with its reason.
    Failed(String),
}

/// Opens `target` (an address or a file) with the system's default program, without waiting.
pub fn open(target: &str) -> Result<(), String> {
    #[cfg(windows)]
    {
        windows::shell_execute("open", target).map_err(|code| windows::describe(code, target))
    }
    #[cfg(not(windows))]
    {
        let opener = if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        std::process::Command::new(opener)
            .arg(target)
            .spawn()
            .map(drop)
            .map_err(|e| format!("cannot open {target} with {opener}: {e}"))
    }
}

/// Prints the PDF at `path` on the default printer. On Linux and macOS `lp` has read the file
/// when this returns; on Windows the PDF program reads it later, so the file must stay.
pub fn print_pdf(path: &Path) -> Result<Printing, PrintError> {
    #[cfg(windows)]
    {
        let target = path.to_string_lossy();
        match windows::shell_execute("print", &target) {
            Ok(()) => Ok(Printing::Handed),
            // No program registered the « print » verb for PDFs (Edge, for one, does not):
            // open it in the default program, whose own print command works.
            Err(code) if windows::no_verb(code) => match windows::shell_execute("open", &target) {
                Ok(()) => Ok(Printing::Opened),
                Err(code) if windows::no_verb(code) => Err(PrintError::Unavailable),
                Err(code) => Err(PrintError::Failed(windows::describe(code, &target))),
            },
            Err(code) => Err(PrintError::Failed(windows::describe(code, &target))),
        }
    }
    #[cfg(not(windows))]
    {
        match std::process::Command::new("lp").arg(path).output() {
            Ok(o) if o.status.success() => Ok(Printing::Queued(
                String::from_utf8_lossy(&o.stdout).trim().to_string(),
            )),
            Ok(o) => Err(PrintError::Failed(
                String::from_utf8_lossy(&o.stderr).trim().to_string(),
            )),
            Err(_) => Err(PrintError::Unavailable),
        }
    }
}

/// `s` as Windows' API takes it: UTF-16, NUL-terminated.
#[cfg(windows)]
pub(crate) fn wide(s: &std::ffi::OsStr) -> Vec<u16> {
    use std::os::windows::ffi::OsStrExt;
    s.encode_wide().chain(std::iter::once(0)).collect()
}

#[cfg(windows)]
mod windows {
    use windows_sys::Win32::System::Com::{
        CoInitializeEx, COINIT_APARTMENTTHREADED, COINIT_DISABLE_OLE1DDE,
    };
    use windows_sys::Win32::UI::Shell::{
        ShellExecuteW, SE_ERR_ACCESSDENIED, SE_ERR_ASSOCINCOMPLETE, SE_ERR_NOASSOC,
    };
    use windows_sys::Win32::UI::WindowsAndMessaging::SW_SHOWNORMAL;

    /// Asks the shell to apply `verb` to `target`; the shell's error code when it cannot.
    pub fn shell_execute(verb: &str, target: &str) -> Result<(), usize> {
        let (verb, target) = (super::wide(verb.as_ref()), super::wide(target.as_ref()));
        // SAFETY: the strings are NUL-terminated UTF-16 that outlive the calls; the other
        // pointers are null, which both functions accept. The shell's handlers may use COM: the
        // calling thread joins a single-threaded apartment first, as its documentation asks
        // (a thread already in one gets S_FALSE or RPC_E_CHANGED_MODE, both harmless here).
        let code = unsafe {
            CoInitializeEx(
                std::ptr::null(),
                (COINIT_APARTMENTTHREADED | COINIT_DISABLE_OLE1DDE) as u32,
            );
            ShellExecuteW(
                std::ptr::null_mut(),
                verb.as_ptr(),
                target.as_ptr(),
                std::ptr::null(),
                std::ptr::null(),
                SW_SHOWNORMAL,
            )
        } as usize;
        // Greater than 32 means success (the value is not a real handle).
        if code > 32 {
            Ok(())
        } else {
            Err(code)
        }
    }

    /// No program is registered for this action on this kind of file.
    pub fn no_verb(code: usize) -> bool {
        code == SE_ERR_NOASSOC as usize || code == SE_ERR_ASSOCINCOMPLETE as usize
    }

    pub fn describe(code: usize, target: &str) -> String {
        let what = match code {
            0 => "out of memory",
            2 => "file not found",
            3 => "path not found",
            c if c == SE_ERR_ACCESSDENIED as usize => "access denied",
            c if no_verb(c) => "no program for this kind of file",
            _ => "the shell refused",
        };
        format!("{target}: {what} (ShellExecute error {code})")
    }
}
