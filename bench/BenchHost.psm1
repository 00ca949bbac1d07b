# What the export benchmarks share on the measuring side: building the module and the sandbox, a sandbox shop of a
# given size with latency, and an export run in a fresh pwsh that prints its figures as its last line (BenchRun.psm1
# is the measured side; BenchProcess.psm1 starts the processes).

Import-Module (Join-Path $PSScriptRoot 'BenchProcess.psm1')

$script:root = Split-Path $PSScriptRoot -Parent

function Resolve-BenchBuild {
    <# The staged module and the sandbox to measure: the given paths, or this repository's Release build (built first unless -NoBuild). #>
    param([string] $Manifest, [string] $SandboxAssembly, [switch] $NoBuild)
    if (-not $NoBuild) {
        foreach ($project in 'src/KiotViet.PowerShell/KiotViet.PowerShell.csproj', 'src/KiotViet.Sandbox/KiotViet.Sandbox.csproj') {
            & dotnet build (Join-Path $script:root $project) -c Release -v quiet -nologo | Out-Null
            if ($LASTEXITCODE) { throw "Building $project failed." }
        }
    }
    [pscustomobject]@{
        Manifest = if ($Manifest) { (Resolve-Path $Manifest).Path } else { Join-Path $script:root 'out/KiotViet/KiotViet.psd1' }
        Sandbox  = if ($SandboxAssembly) { (Resolve-Path $SandboxAssembly).Path } else { Join-Path $script:root 'src/KiotViet.Sandbox/bin/Release/net10.0/KiotViet.Sandbox.dll' }
    }
}

function Start-ExportSandbox {
    <# The built sandbox with this many customers, a fixed latency on every request and no practical GET limit. #>
    param([string] $Assembly, [int] $Customers, [int] $LatencyMs)
    Start-BenchSandbox $Assembly @('--customers', $Customers, '--invoices', 10, '--get-limit', 100000000, '--latency', $LatencyMs)
}

function Invoke-BenchExport {
    <#
    .SYNOPSIS
        Runs bench/Export-<Way>.ps1 in a fresh pwsh and returns the figures it printed, with the GET /customers requests
        the sandbox counted during the run (Connect-KiotViet's one-row check included).
    #>
    param([ValidateSet('Naive', 'Module')] [string] $Way, [string] $Api, [string] $Manifest, [string] $Path)
    $null = Invoke-RestMethod -Method Delete -Uri "$Api/_sandbox/counters"
    $figures = Invoke-BenchPwsh (Join-Path $PSScriptRoot "Export-$Way.ps1") @('-Api', $Api, '-Manifest', $Manifest, '-Path', $Path)
    $counted = Invoke-RestMethod -Uri "$Api/_sandbox/counters?method=GET&path=/customers"
    $figures | Add-Member -NotePropertyName Requests -NotePropertyValue $counted.count -PassThru
}

Export-ModuleMember -Function Resolve-BenchBuild, Start-ExportSandbox, Stop-BenchSandbox, Invoke-BenchExport
