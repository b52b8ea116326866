; Inno Setup 6 script: ArenaDesk installed for the current user, without administrator rights.
;
;   pyinstaller --noconfirm --clean arenadesk.spec       (on Windows: dist\ArenaDesk\ArenaDesk.exe)
;   iscc packaging\windows\arenadesk.iss                  (-> dist\ArenaDesk-<version>-windows-setup.exe)
;
; The version is read from the built ArenaDesk.exe (its version resource, written by the spec
; from src/arenadesk/__init__.py), so it is kept in one place. Override: iscc /DAppVersion=x.y.z
; Installs to %LOCALAPPDATA%\Programs\ArenaDesk ({autopf} for a per-user install), adds a
; Start menu entry, opens .arenapakke and .arenaoppsett files (registered under HKCU) and
; uninstalls from Settings > Apps. Arena files and settings are never removed.

#define AppExe "ArenaDesk.exe"
#define DistDir "..\..\dist\ArenaDesk"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(DistDir) + AppExe, "ProductVersion")
#endif

[Setup]
; A fixed id: upgrades replace the installed version instead of adding a second one.
AppId={{6B1D5E0C-3C4F-4E5B-9E0A-A7E1D2C4B8F3}
AppName=ArenaDesk
AppVersion={#AppVersion}
AppVerName=ArenaDesk {#AppVersion}
AppPublisher=ArenaDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\ArenaDesk
DefaultGroupName=ArenaDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ArenaDesk-{#AppVersion}-windows-setup
SetupIconFile=..\icons\arenadesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=ArenaDesk {#AppVersion}
ChangesAssociations=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder app; the old folder's files are replaced on upgrade.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files a previous version had and this one does not (a different Python or Qt build).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\ArenaDesk"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\ArenaDesk"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File types under HKCU (HKA is HKCU in a per-user install): double-click opens ArenaDesk.
Root: HKA; Subkey: "Software\Classes\.arenapakke"; ValueType: string; ValueName: ""; ValueData: "ArenaDesk.Pakke"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.arenapakke\OpenWithProgids"; ValueType: string; ValueName: "ArenaDesk.Pakke"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ArenaDesk.Pakke"; ValueType: string; ValueName: ""; ValueData: "ArenaDesk-pakke"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ArenaDesk.Pakke\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ArenaDesk.Pakke\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.arenaoppsett"; ValueType: string; ValueName: ""; ValueData: "ArenaDesk.Oppsett"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.arenaoppsett\OpenWithProgids"; ValueType: string; ValueName: "ArenaDesk.Oppsett"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ArenaDesk.Oppsett"; ValueType: string; ValueName: ""; ValueData: "ArenaDesk-oppsett"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ArenaDesk.Oppsett\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\ArenaDesk.Oppsett\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".arenapakke"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".arenaoppsett"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,ArenaDesk}"; Flags: nowait postinstall skipifsilent
