; The Windows installer of Yufang, compiled by scripts/package-windows.sh with Debian's NSIS:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DSTAGE=<portable folder> -DOUTFILE=<setup.exe>
;            -DICON=yufang.ico yufang.nsi
; A per-user install: no administrator rights (office PCs rarely grant them), files under
; %LOCALAPPDATA%\Programs\Yufang, a Start-menu entry, an uninstaller listed in Settings → Apps.
; The database is not touched by the installer or the uninstaller: it lives in
; %APPDATA%\Yufang\Yufang\yufang.sqlite and stays when the program is removed.
; No file association is taken: .sqlite files belong to many programs. Yufang is offered in
; Explorer's "Open with" list for them instead.
; A 64-bit installer for a 64-bit program (Windows 10 and 11 are 64-bit on bureau PCs); it also
; runs under Debian's wine64, which has no 32-bit half.
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!include "MUI2.nsh"

Name "Yufang ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Yufang"
InstallDirRegKey HKCU "Software\Yufang\Install" "Dir"
BrandingText "Yufang ${VERSION}"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Yufang"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\yufang.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default; the installer follows Windows' display language otherwise.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString StartMenuName ${LANG_SIMPCHINESE} "预防 Yufang"
LangString StartMenuName ${LANG_ENGLISH} "Yufang"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "Yufang"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "Yufang installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "GPL-3.0-or-later"

Section "Yufang" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the whole folder: no DLL of an older version may stay behind.
  RMDir /r "$INSTDIR\plugins"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\$(StartMenuName).lnk" "$INSTDIR\yufang.exe" "" "$INSTDIR\yufang.exe" 0
  WriteRegStr HKCU "Software\Yufang\Install" "Dir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Yufang (预防) ${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Yufang contributors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\yufang.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ; "Open with → Yufang" for .sqlite files, without becoming their default program.
  WriteRegStr HKCU "Software\Classes\Applications\yufang.exe\shell\open\command" "" '"$INSTDIR\yufang.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\Applications\yufang.exe\SupportedTypes" ".sqlite" ""
  WriteRegStr HKCU "Software\Classes\.sqlite\OpenWithList\yufang.exe" "" ""
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\$(StartMenuName).lnk"
  Delete "$SMPROGRAMS\预防 Yufang.lnk"
  Delete "$SMPROGRAMS\Yufang.lnk"
  RMDir /r "$INSTDIR\plugins"
  RMDir /r "$INSTDIR\translations"
  Delete "$INSTDIR\*.exe"
  Delete "$INSTDIR\*.dll"
  Delete "$INSTDIR\qt.conf"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\README.txt"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Yufang\Install"
  DeleteRegKey HKCU "Software\Classes\Applications\yufang.exe"
  DeleteRegKey HKCU "Software\Classes\.sqlite\OpenWithList\yufang.exe"
SectionEnd
