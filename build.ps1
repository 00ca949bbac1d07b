#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests and packages the KiotViet PowerShell module; runs the demo or a shell on the local sandbox.

.DESCRIPTION
    Build    dotnet build: compiles the engine and the cmdlets for PowerShell 7 (net8.0) and Windows
             PowerShell 5.1 (net472) and stages the importable module at out/KiotViet/ (Release; any other
             configuration stages at out/<Configuration>/KiotViet/, so dotnet test never overwrites it).
    Test     dotnet test: engine, sandbox and hosted-PowerShell tests, and the Pester suites in tests/pester on the
             repository's own pwsh (PowerShell 7.6.9 as a local dotnet tool, Pester 5 from NuGet).
    Package  builds if needed, then dotnet pack tools/KiotViet.Package: out/packages/KiotViet.<version>.nupkg,
             installable with Install-PSResource or Install-Module from a local folder repository.
    Demo     builds the module and the sandbox if needed, starts the sandbox, and in a child pwsh connects,
             exports every customer to out/demo/customers.csv, prints its first lines and the row count; then
             stops the sandbox.
    Shell    like Demo, but opens an interactive pwsh with the module imported and connected to the sandbox;
             the sandbox stops when you leave it (exit).
    Clean    removes out/, TestResults/ and every bin/ and obj/ folder (src, tests, tools, bench).

    Tasks may be given as a list (-Task Build, Test) or, from bash, as separate words (-Task Build, Test,
    Package); each runs once, after the tasks it needs.

.EXAMPLE
    pwsh ./build.ps1                                # Build
.EXAMPLE
    pwsh ./build.ps1 -Task Build, Test, Package
.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 -Task Demo
#>
[CmdletBinding(PositionalBinding = $false)]
param(
    [Parameter(Position = 0)]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # From bash, "-Task Build, Test" arrives as the words "Build," and "Test": the rest of the list lands here.
    [Parameter(ValueFromRemainingArguments, DontShow)]
    [string[]] $MoreTasks
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$outRoot = if ($Configuration -eq 'Release') { Join-Path $root 'out' } else { Join-Path $root "out/$Configuration" }
$knownTasks = [ordered]@{
    Clean   = @()
    Build   = @()
    Test    = @()
    Package = @('Build')
    Demo    = @('Module')
    Shell   = @('Module')
}

function Invoke-DotNet {
    param([Parameter(Mandatory)][string[]] $Arguments)
    Write-Host "dotnet $($Arguments -join ' ')" -ForegroundColor Cyan
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE."
    }
}

function Invoke-Clean {
    foreach ($folder in 'out', 'TestResults') {
        Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $root $folder)
    }
    Get-ChildItem -Path (Join-Path $root 'src'), (Join-Path $root 'tests'), (Join-Path $root 'tools'), (Join-Path $root 'bench') -Directory -Recurse -Include bin, obj, TestResults -ErrorAction SilentlyContinue |
        Remove-Item -Recurse -Force
}

function Invoke-Build {
    Invoke-DotNet build, (Join-Path $root 'KiotViet.sln'), --configuration, $Configuration
    Write-Host "Module staged at $(Join-Path $outRoot 'KiotViet')" -ForegroundColor Green
}

# What Demo and Shell need: the staged module and the sandbox server, nothing else.
function Invoke-Module {
    Invoke-DotNet build, (Join-Path $root 'src/KiotViet.PowerShell/KiotViet.PowerShell.csproj'), --configuration, $Configuration
    Invoke-DotNet build, (Join-Path $root 'src/KiotViet.Sandbox/KiotViet.Sandbox.csproj'), --configuration, $Configuration
}

function Invoke-Test {
    Invoke-DotNet test, (Join-Path $root 'KiotViet.sln'), --configuration, $Configuration
}

function Invoke-Package {
    Invoke-DotNet pack, (Join-Path $root 'tools/KiotViet.Package/KiotViet.Package.csproj'), --configuration, $Configuration, --no-dependencies
    Get-ChildItem (Join-Path $outRoot 'packages') -Filter *.nupkg | ForEach-Object { Write-Host "Package: $($_.FullName)" -ForegroundColor Green }
}

# Starts the sandbox, runs a child pwsh with the connection in its environment, and stops the sandbox whatever happens.
function Invoke-WithSandbox {
    param([Parameter(Mandatory)][string[]] $PwshArguments)
    Import-Module (Join-Path $root 'tests/pester/Sandbox.psm1') -Force
    $sandbox = Start-KvSandbox -Customers 250 -Invoices 500 -Assembly (Join-Path $root "src/KiotViet.Sandbox/bin/$Configuration/net10.0/KiotViet.Sandbox.dll")
    try {
        Write-Host "Sandbox shop listening on $($sandbox.BaseUri)" -ForegroundColor Green
        $env:KIOTVIET_MODULE_MANIFEST = Join-Path $outRoot 'KiotViet/KiotViet.psd1'
        $env:KIOTVIET_SANDBOX_API = $sandbox.BaseUri
        $env:KIOTVIET_SANDBOX_TOKEN = $sandbox.TokenUri
        Invoke-KvPwsh -NoLogo -NoProfile @PwshArguments
        if ($LASTEXITCODE -ne 0) { throw "pwsh exited with code $LASTEXITCODE." }
    } finally {
        Stop-KvSandbox $sandbox
        Write-Host 'Sandbox stopped.' -ForegroundColor Green
    }
}

function Invoke-Demo {
    $csv = Join-Path $outRoot 'demo/customers.csv'
    Invoke-WithSandbox -PwshArguments @('-NonInteractive', '-File', (Join-Path $root 'tools/Demo.ps1'), '-Path', $csv)
}

function Invoke-Shell {
    Invoke-WithSandbox -PwshArguments @('-NoExit', '-File', (Join-Path $root 'tools/Connect-Sandbox.ps1'))
}

$requested = @($Task) + @($MoreTasks | Where-Object { $_ }) | ForEach-Object { $_ -split '[,\s]+' } | Where-Object { $_ }
foreach ($name in $requested) {
    if (-not $knownTasks.Contains($name) -or $name -eq 'Module') {
        throw "Unknown task '$name'. Tasks: $($knownTasks.Keys -join ', ')."
    }
}

$done = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
function Invoke-Task([string] $Name) {
    if ($done.Contains($Name)) { return }
    foreach ($prerequisite in $knownTasks[$Name] ?? @()) {
        # Build covers what Module builds.
        if ($prerequisite -eq 'Module' -and $done.Contains('Build')) { continue }
        Invoke-Task $prerequisite
    }
    Write-Host "== $Name" -ForegroundColor Yellow
    & "Invoke-$Name"
    $null = $done.Add($Name)
}

foreach ($name in $requested) {
    Invoke-Task $name
}
