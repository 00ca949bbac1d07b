#Requires -Version 7.4
<#
.SYNOPSIS
    Where a fresh pwsh spends its time before the first customer: the Invoke-RestMethod loop against the module,
    several runs each, phase by phase, as medians.

.DESCRIPTION
    Runs bench/Export-Naive.ps1 and bench/Export-Module.ps1 alternately in fresh pwsh processes against one sandbox
    with latency, and prints the median of each phase and of the JIT time spent in it (<phase> jit, in ms):
      Startup     process start to the measured part of the script (pwsh itself and the Utility module; the same for both)
      Import      Import-Module KiotViet (the loop has none)
      Connect     Connect-KiotViet (token and one-row check), or the loop's token request
      First       listing start to the first customer in hand (the loop: its first page parsed)
      ToFirst     Import + Connect + First: the script's first line to the first customer
    Medians, because the figures of one run on a shared machine vary by tens of milliseconds.

.EXAMPLE
    dotnet pwsh bench/Measure-ColdStart.ps1 -Runs 7
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 100)] [int] $Runs = 5,
    [ValidateRange(1, 1000000)] [int] $Customers = 1000,
    [ValidateRange(0, 10000)] [int] $LatencyMs = 50,
    [string] $Manifest,
    [string] $SandboxAssembly,
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'BenchHost.psm1') -Force
$build = Resolve-BenchBuild -Manifest $Manifest -SandboxAssembly $SandboxAssembly -NoBuild:$NoBuild

function Get-Median([double[]] $Values) {
    $sorted = $Values | Sort-Object
    $middle = [int][math]::Floor($sorted.Count / 2)
    if ($sorted.Count % 2) { $sorted[$middle] } else { ($sorted[$middle - 1] + $sorted[$middle]) / 2 }
}

$sandbox = Start-BenchSandbox -Assembly $build.Sandbox -Customers $Customers -LatencyMs $LatencyMs
$results = @{ Naive = [Collections.Generic.List[object]]::new(); Module = [Collections.Generic.List[object]]::new() }
try {
    $csv = Join-Path ([IO.Path]::GetTempPath()) "kv-coldstart-$PID.csv"
    for ($run = 1; $run -le $Runs; $run++) {
        Write-Host "Run $run of $Runs..." -ForegroundColor Cyan
        foreach ($way in 'Naive', 'Module') {
            $results[$way].Add((Invoke-BenchExport -Way $way -Api $sandbox.Api -Manifest $build.Manifest -Path $csv).Phases)
        }
    }
    Remove-Item $csv -ErrorAction SilentlyContinue
} finally {
    Stop-BenchSandbox $sandbox
}

$rows = foreach ($way in 'Naive', 'Module') {
    $phases = $results[$way]
    $row = [ordered]@{ Way = if ($way -eq 'Naive') { 'Invoke-RestMethod loop' } else { 'Get-KvCustomer' } }
    foreach ($name in 'Startup', 'Import', 'Connect', 'First') {
        $present = @($phases | Where-Object { $_.PSObject.Properties[$name] })
        $row["$name ms"] = if ($present) { [int](Get-Median @($present | ForEach-Object { $_.$name.Ms })) } else { 0 }
        $row["$name jit"] = if ($present) { [int](Get-Median @($present | ForEach-Object { $_.$name.JitMs })) } else { 0 }
    }
    $row['ToFirst ms'] = [int](Get-Median @($phases | ForEach-Object {
        ($_.PSObject.Properties['Import'] ? $_.Import.Ms : 0) + $_.Connect.Ms + $_.First.Ms }))
    [pscustomobject]$row
}
Write-Host "$Customers customers, $LatencyMs ms per request, median of $Runs fresh pwsh processes per way:"
$rows | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
