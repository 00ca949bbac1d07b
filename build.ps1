#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests and packages the KiotViet PowerShell module.

.DESCRIPTION
    Build    dotnet build: compiles the engine and the cmdlets for PowerShell 7 (net8.0) and Windows
             PowerShell 5.1 (net472) and stages the importable module at out/KiotViet/.
    Test     dotnet test (engine, sandbox and hosted-PowerShell tests), then the Pester 5 suites in
             tests/pester in a child pwsh, when Pester 5 is installed.
    Package  dotnet pack tools/KiotViet.Package: writes out/packages/KiotViet.<version>.nupkg, installable
             with Install-PSResource or Install-Module from a local folder repository.
    Clean    removes out/ and every bin/ and obj/ folder.

.EXAMPLE
    ./build.ps1                   # Build
.EXAMPLE
    ./build.ps1 -Task Build, Test -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Clean', 'Build', 'Test', 'Package')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot

function Invoke-DotNet {
    param([Parameter(Mandatory)][string[]] $Arguments)
    Write-Host "dotnet $($Arguments -join ' ')" -ForegroundColor Cyan
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE."
    }
}

function Invoke-Clean {
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $root 'out')
    Get-ChildItem -Path (Join-Path $root 'src'), (Join-Path $root 'tests'), (Join-Path $root 'tools') -Directory -Recurse -Include bin, obj -ErrorAction SilentlyContinue |
        Remove-Item -Recurse -Force
}

function Invoke-Build {
    Invoke-DotNet build, (Join-Path $root 'KiotViet.sln'), --configuration, $Configuration
    Write-Host "Module staged at $(Join-Path $root 'out/KiotViet')" -ForegroundColor Green
}

function Invoke-Test {
    Invoke-DotNet test, (Join-Path $root 'KiotViet.sln'), --configuration, $Configuration

    $pester = Get-Module -ListAvailable Pester | Where-Object Version -GE ([version]'5.0.0') | Sort-Object Version -Descending | Select-Object -First 1
    if (-not $pester) {
        Write-Warning 'Pester 5 is not installed: skipping tests/pester. Install it with: Install-PSResource Pester -Version "[5.0,6.0)"'
        return
    }

    # A child process, so this session never loads (and locks) the module's assemblies.
    $script = "Import-Module Pester -MinimumVersion 5.0; `$c = New-PesterConfiguration; `$c.Run.Path = '$(Join-Path $root 'tests/pester')'; `$c.Run.Exit = `$true; `$c.Output.Verbosity = 'Detailed'; Invoke-Pester -Configuration `$c"
    & (Get-Process -Id $PID).Path -NoProfile -NonInteractive -Command $script
    if ($LASTEXITCODE -ne 0) {
        throw "Pester reported $LASTEXITCODE failed test(s)."
    }
}

function Invoke-Package {
    Invoke-DotNet pack, (Join-Path $root 'tools/KiotViet.Package/KiotViet.Package.csproj'), --configuration, $Configuration
    Get-ChildItem (Join-Path $root 'out/packages') -Filter *.nupkg | ForEach-Object { Write-Host "Package: $($_.FullName)" -ForegroundColor Green }
}

foreach ($step in $Task) {
    switch ($step) {
        'Clean' { Invoke-Clean }
        'Build' { Invoke-Build }
        'Test' { Invoke-Test }
        'Package' { Invoke-Package }
    }
}
