; Inno Setup 6 script: the Windows installer of the one-folder bundle (docs/installation.md).
;
; Build on Windows, after `python packaging\build.py` has made dist\planner-gui\:
;   iscc /DAppVersion=0.1.0 packaging\windows\planner-gui.iss      -> dist\planner-gui-0.1.0-setup.exe
;
; Install silently, for the current user (default, no administrator rights) or for every user of the PC:
;   planner-gui-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;   planner-gui-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; Optional preset: /DB="postgresql+psycopg://server/planner" (the team server, or a database file) makes the
; Start-menu entry open that database. Uninstall: "{app}\unins000.exe" /VERYSILENT.
;
; Program files only: the database, its key slots, backups, settings and logs live in each user's data folder
; (%LOCALAPPDATA%\Jobcenter\planner-gui, or PLANNER_DATA_DIR), which the app makes at first start and which
; uninstalling never removes.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Planner"
#define DistDir "..\..\dist\planner-gui"

[Setup]
; never change AppId: it ties an update to the installed version
AppId={{6F1E3C2A-8B47-4D5E-9A1C-3E7B2D4F6A81}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Jobcenter
DefaultDirName={autopf}\Planner
DisableProgramGroupPage=yes
DisableDirPage=auto
; per user by default; /ALLUSERS (or the dialog) installs for every user into Program Files
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=planner-gui-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\planner-gui-app.exe
UninstallDisplayName={#AppName} {#AppVersion}
; a running Planner is asked to close before its files are replaced
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an update replaces the whole bundle: no library of the previous version is left beside the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; planner-gui-app.exe is the app without a console window; planner-gui.exe is the command line (and the app)
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\planner-gui-app.exe"; Parameters: "{code:DbParameter}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\planner-gui-app.exe"; Parameters: "{code:DbParameter}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\planner-gui-app.exe"; Parameters: "{code:DbParameter}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ /DB=... on the command line: the database the shortcuts open (default: planner.db in the user's data folder) }
function DbParameter(Param: String): String;
var
  Db: String;
begin
  Db := ExpandConstant('{param:DB|}');
  if Db <> '' then
    Result := '--db "' + Db + '"'
  else
    Result := '';
end;
