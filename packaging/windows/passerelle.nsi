; Passerelle's Windows installer, built on Linux by tools/windows-package.sh with NSIS's makensis:
;   makensis -DVERSION=0.1.0 -DSTAGE=DIR -DLISTS=DIR -DOUTFILE=FILE packaging/windows/passerelle.nsi
; STAGE holds what is installed (passerelle.exe, rules\, scenarios\, fonts\, LISEZMOI.txt);
; LISTS holds install.nsh and uninstall.nsh, the file-by-file lists the script writes from STAGE,
; so that the uninstaller removes exactly what was installed and nothing else: never the
; person's data (%APPDATA%\Passerelle), never a file someone added to the folder.
; Silent for administrators: Passerelle-VERSION-setup.exe /S [/D=C:\Other\Folder] installs,
; "%ProgramFiles%\Passerelle\uninstall.exe" /S uninstalls.

!ifndef VERSION | STAGE | LISTS | OUTFILE
  !error "VERSION, STAGE, LISTS and OUTFILE must be defined (see tools/windows-package.sh)"
!endif

; A 64-bit installer for a 64-bit program: it runs where Passerelle runs (and under a 64-bit
; Wine alone, as in CI), and sees the real Program Files and registry without redirection.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define PRODUCT "Passerelle"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Passerelle"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} ${VERSION} - installation"
VIAddVersionKey /LANG=0 "LegalCopyright" "2026, Passerelle maintainers - EUPL-1.2"

!define MUI_ICON "passerelle.ico"
!define MUI_UNICON "passerelle.ico"
!define MUI_ABORTWARNING
; Passerelle's own pictures, in its blue (drawn from the icon by tools/windows-installer-art.py):
; the welcome and finish pages' band, and the icon in the other pages' header.
!define MUI_WELCOMEFINISHPAGE_BITMAP "installer-welcome.bmp"
!define MUI_HEADERIMAGE
!define MUI_HEADERIMAGE_RIGHT
!define MUI_HEADERIMAGE_BITMAP "installer-header.bmp"
!define MUI_HEADERIMAGE_UNBITMAP "installer-header.bmp"
!define MUI_FINISHPAGE_RUN "$INSTDIR\passerelle.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer speaks the computer's language when it is one of Passerelle's (French first:
; the default elsewhere).
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "Farsi"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "Ukrainian"
!insertmacro MUI_LANGUAGE "Spanish"

Section "Passerelle" Main
  SectionIn RO
  SetShellVarContext all
  !include "${LISTS}\install.nsh"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\passerelle.exe" "" "$INSTDIR\passerelle.exe" 0

  ; « Programs and Features » / « Apps »: name, version, icon, size, silent removal.
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Passerelle maintainers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\passerelle.exe,0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  !include "${LISTS}\uninstall.nsh"
  Delete "$INSTDIR\uninstall.exe"
  ; Only if empty: a file someone put there stays, with its folder.
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
