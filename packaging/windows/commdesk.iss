; Inno Setup 6 script: a per-user installer for the one-folder build in dist\commdesk\.
;
;   python scripts\build.py
;   python packaging\make_icons.py build\icons          (Pillow makes build\icons\commdesk.ico)
;   pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\commdesk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\commdesk.iss   (the version in pyproject.toml)
;
; Writes dist\commdesk-<version>-windows-x64-setup.exe. See docs/packaging.md.
;
; Chinese (Simplified): ChineseSimplified.isl is an UNOFFICIAL Inno Setup translation, maintained
; by its translators, not by the Inno Setup authors. It is not installed with Inno Setup: download it
; from the Inno Setup translations page into the compiler's Languages\Unofficial\ folder (or next to
; this script and change MessagesFile below), and review it before each release.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\windows\commdesk.iss
#endif
#define AppName "commdesk"
#define AppExe "commdesk.exe"
; Root: the repository, relative to this script
#define Root "..\.."

[Setup]
AppId=org.commdesk.Commdesk
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=commdesk contributors
VersionInfoVersion={#AppVersion}
; per user: no administrator rights, installs under %LOCALAPPDATA%\Programs
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=commdesk-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\commdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; unofficial translation, see the note at the top
Name: "zh_CN"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"

[CustomMessages]
en.StartCommdesk=Start commdesk
zh_CN.StartCommdesk=启动 commdesk
en.CommdeskComment=Media contacts, press releases and meetings of a communications office
zh_CN.CommdeskComment=传播办公室的媒体联系人、新闻稿与会议
en.CommandLine=commdesk command line (administration)
zh_CN.CommandLine=commdesk 命令行（管理）

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\commdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Start menu entry (per user: the user's Programs folder)
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:CommdeskComment}"; AppUserModelID: "org.commdesk.Commdesk"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:CommdeskComment}"; Tasks: desktopicon

[Run]
; the first start speaks the language chosen in the installer
Filename: "{app}\{#AppExe}"; Parameters: "--lang {language}"; Description: "{cm:StartCommdesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; the program folder only: the user's database, settings and logs (in %LOCALAPPDATA%\commdesk) stay
Type: filesandordirs; Name: "{app}"
