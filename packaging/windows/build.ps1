# Builds the Windows download on a Windows machine, in one command from the project's folder:
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (the `py` launcher from python.org). Makes a virtual environment (.venv-dist), installs
# the project with its `dist` extra (PyInstaller), freezes it with packaging\checkin-station.spec (the same
# spec as `make dist`), and writes into dist\:
#   checkin-station\                         the one-folder app (checkin-station.exe, checkin-station-cli.exe)
#   checkin-station-VERSION-windows-x64.zip  the same folder zipped: the download without an installer
#   checkin-station-VERSION-setup.exe        the installer, when Inno Setup 6 is installed (ISCC.exe)
# The version and the executables' names come from checkin\__init__.py, passed to the installer as /D...
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Invoke-Checked([string] $Program, [string[]] $Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed ($LASTEXITCODE)" }
}

if (-not (Test-Path .venv-dist\Scripts\python.exe)) { Invoke-Checked py @("-3", "-m", "venv", ".venv-dist") }
$python = ".venv-dist\Scripts\python.exe"
Invoke-Checked $python @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
Invoke-Checked $python @("-m", "pip", "install", "--quiet", ".[dist]")

$version = (& $python -c "import checkin; print(checkin.__version__)").Trim()
$name = (& $python -c "import checkin; print(checkin.APP_NAME)").Trim()

if (Test-Path "dist\$name") { Remove-Item -Recurse -Force "dist\$name" }
Invoke-Checked $python @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "packaging\checkin-station.spec")

$zip = "dist\$name-$version-windows-x64.zip"
if (Test-Path $zip) { Remove-Item -Force $zip }
Compress-Archive -Path "dist\$name" -DestinationPath $zip
Write-Host "built dist\$name and $zip"

$iscc = @(
    (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source,
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if ($iscc) {
    $dist = (Resolve-Path dist).Path  # the .iss resolves relative paths from its own folder
    Invoke-Checked $iscc @("/Q", "/DAppVersion=$version", "/DAppName=$name", "/DSourceDir=$dist\$name",
        "/DOutputDir=$dist", "packaging\windows\installer.iss")
    Write-Host "built dist\$name-$version-setup.exe"
} else {
    Write-Host "no installer: Inno Setup 6 (ISCC.exe) is not installed; the zip is the download"
}
