; Inno Setup 6 script: the Windows installer of Agenda Desktop.
;
; Build the one-folder bundle first (python dev.py build), then, from the repository root:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\agenda-desktop.iss
;
; Defines (all optional; /D on the iscc command line):
;   AppVersion      version shown to the user; default: ProductVersion of the built exe
;   AppFileVersion  numeric x.y.z.w for the setup's own version resource; default: from the exe
;   SourceDir       the one-folder bundle; default: dist\agenda-desktop
;   OutputDir       where the setup goes; default: dist
;   SignTool        name of a sign tool given with /S (see docs/packaging.md) to sign the
;                   setup and the uninstaller
;
; The user chooses per-user (no administrator rights, the default) or per-machine.
; Needs Inno Setup 6.3 or later (x64compatible); the file is UTF-8 with a BOM.

#define AppName "Agenda Desktop"
#define AppExe "agenda-desktop.exe"
#define AppPublisher "Agenda Desktop"
#define DatabaseExt ".agenda"
#define ProgId "AgendaDesktop.Database"

#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\agenda-desktop"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#if !FileExists(SourceDir + "\" + AppExe)
  #error Programmet saknas i SourceDir: bygg det först med python dev.py build
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(SourceDir + "\" + AppExe, "ProductVersion")
#endif
#ifndef AppFileVersion
  #define AppFileVersion GetVersionNumbersString(SourceDir + "\" + AppExe)
#endif

; Swedish.isl ships with recent Inno Setup 6 releases; with an older one, put the
; translation from https://jrsoftware.org/files/istrans/ next to this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
  #define SwedishMessages "compiler:Languages\Swedish.isl"
#elif FileExists(AddBackslash(SourcePath) + "Swedish.isl")
  #define SwedishMessages AddBackslash(SourcePath) + "Swedish.isl"
#else
  #error Swedish.isl saknas: uppdatera Inno Setup 6 eller lägg Swedish.isl bredvid skriptet
#endif

[Setup]
; Never change AppId: it ties upgrades and the uninstaller to earlier installations.
AppId={{9DF527BE-A1FC-4AA0-864D-CCD02FF7C311}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppFileVersion}
VersionInfoProductVersion={#AppFileVersion}
VersionInfoDescription={#AppName} – installationsprogram
; Per-user by default; the user (or /ALLUSERS on the command line) may choose per-machine.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
; {autopf}: Program Files per machine, %LOCALAPPDATA%\Programs per user.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\icons\agenda-desktop.ico
OutputDir={#OutputDir}
OutputBaseFilename=agenda-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or later.
MinVersion=10.0.17763
ChangesAssociations=yes
CloseApplications=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
#ifdef SignTool
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "swedish"; MessagesFile: "{#SwedishMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
swedish.AssociateFiles=Öppna %1-databaser (*{#DatabaseExt}) med %1
english.AssociateFiles=Open %1 databases (*{#DatabaseExt}) with %1
swedish.DatabaseFileType={#AppName}-databas
english.DatabaseFileType={#AppName} database
swedish.OtherTasks=Övrigt:
english.OtherTasks=Other:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "fileassoc"; Description: "{cm:AssociateFiles,{#AppName}}"; GroupDescription: "{cm:OtherTasks}"

[InstallDelete]
; A new version replaces the whole bundle: files an old version had must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA: HKLM when installed for all users, HKCU when installed for the current user.
Root: HKA; Subkey: "Software\Classes\{#DatabaseExt}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#DatabaseExt}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DatabaseFileType}"; Flags: uninsdeletekey; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --database ""%1"""; Tasks: fileassoc
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#DatabaseExt}"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
