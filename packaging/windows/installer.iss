; The Windows installer (Inno Setup 6), built by packaging\windows\build.ps1 after the frozen folder:
;   ISCC /DAppVersion=X.Y.Z /DAppName=checkin-station /DSourceDir=...\dist\checkin-station /DOutputDir=...\dist installer.iss
; The version and the name come from checkin\__init__.py through build.ps1: this file holds neither, and the
; executables' names are derived from the name as packaging\checkin-station.spec derives them
; (tests/unit/test_packaging.py checks that the three agree).
;
; Per user, no administrator rights: the app goes to %LOCALAPPDATA%\Programs\checkin-station, with a
; Start-menu shortcut to the desk, an optional desktop one, and an uninstaller in Settings > Apps. The event
; files live in the user's data folder (%LOCALAPPDATA%\checkin-station) and are never touched by uninstalling.
;
; The firewall: a per-user install cannot add a firewall rule. The other stations of the event reach this
; desk on TCP port 8765 (checkin\sync\addresses.py) and find it by mDNS (UDP 5353), so the installer offers
; one task, ticked: "let the other stations connect, on private networks only", which asks for
; administrator rights once (Windows' UAC prompt) and adds two inbound rules for the desk's executable,
; profile=private. Unticked (or refused at the prompt), Windows asks itself the first time the desk listens;
; cancelling that prompt makes Windows add blocking rules, which is why the installer asks first, plainly.
; The uninstaller removes the rules it added (asking for the rights again).

#ifndef AppVersion
  #error Pass /DAppVersion=... (packaging\windows\build.ps1 does)
#endif
#ifndef AppName
  #error Pass /DAppName=... (packaging\windows\build.ps1 does)
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=the frozen folder (packaging\windows\build.ps1 does)
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif
#define DeskExe AppName + ".exe"
#define CliExe AppName + "-cli.exe"
#define SyncPort "8765"
#define FirewallRule "checkin-station (stations of the event)"

[Setup]
AppId={{4F0C9D2E-6A7B-4C1D-9E8F-2B3A4C5D6E7F}
AppName=Check-in Station
AppVersion={#AppVersion}
AppVerName=Check-in Station {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName=Check-in Station
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#DeskExe}
UninstallDisplayName=Check-in Station
SetupIconFile={#SourceDir}\_internal\checkin_resources\icons\checkin-station.ico
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto

[Languages]
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
polish.DeskName=Stanowisko rejestracji
english.DeskName=Check-in Station
polish.FirewallTask=Pozwól innym stanowiskom wydarzenia łączyć się z tym (tylko w sieciach prywatnych; Windows zapyta o uprawnienia administratora)
english.FirewallTask=Let the event's other stations connect to this one (private networks only; Windows asks for administrator rights)
polish.FirewallGroup=Sieć:
english.FirewallGroup=Network:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "firewall"; Description: "{cm:FirewallTask}"; GroupDescription: "{cm:FirewallGroup}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:DeskName}"; Filename: "{app}\{#DeskExe}"
Name: "{autodesktop}\{cm:DeskName}"; Filename: "{app}\{#DeskExe}"; Tasks: desktopicon

[Run]
Filename: "{sys}\cmd.exe"; Parameters: "/c netsh advfirewall firewall add rule name=""{#FirewallRule}"" dir=in action=allow program=""{app}\{#DeskExe}"" protocol=TCP localport={#SyncPort} profile=private && netsh advfirewall firewall add rule name=""{#FirewallRule}"" dir=in action=allow program=""{app}\{#DeskExe}"" protocol=UDP localport=5353 profile=private"; Verb: "runas"; Flags: shellexec runhidden waituntilterminated; Tasks: firewall; StatusMsg: "{cm:FirewallTask}"
Filename: "{app}\{#DeskExe}"; Description: "{cm:LaunchProgram,{cm:DeskName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\netsh.exe"; Parameters: "advfirewall firewall delete rule name=""{#FirewallRule}"""; Verb: "runas"; Flags: shellexec runhidden waituntilterminated; Tasks: firewall; RunOnceId: "firewall"
