; Inno Setup 6 script: installs the PyInstaller folder dist\rete-desktop for the current user.
;
; Build on Windows (see packaging/README.md):
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[packaging]"
;   .venv\Scripts\python -m PyInstaller --noconfirm --clean packaging\rete-desktop.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\rete-desktop.iss
; Result: dist\rete-desktop-0.1.0-setup.exe (sign it with signtool before handing it out).
;
; Per-user install (no administrator rights, as in most municipal offices): the program goes to
; %LOCALAPPDATA%\Programs\Rete Desktop; the vault stays in the user's data folder
; (%LOCALAPPDATA%\rete-desktop) and is never touched by install, update or uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1B8A53-2F4E-4C55-9E1D-7A0C3B5E2D41}
AppName=Rete Desktop
AppVersion={#AppVersion}
AppPublisher=Rete Desktop
DefaultDirName={localappdata}\Programs\Rete Desktop
DefaultGroupName=Rete Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=rete-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\rete-desktop.exe
CloseApplications=yes

[Languages]
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
it.DesktopIcon=Crea un'icona sul desktop
en.DesktopIcon=Create a desktop icon
it.RunApp=Avvia Rete Desktop
en.RunApp=Start Rete Desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "..\..\dist\rete-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Rete Desktop"; Filename: "{app}\rete-desktop.exe"
Name: "{userdesktop}\Rete Desktop"; Filename: "{app}\rete-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\rete-desktop.exe"; Description: "{cm:RunApp}"; Flags: nowait postinstall skipifsilent
