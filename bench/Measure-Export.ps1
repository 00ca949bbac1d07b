#Requires -Version 7.4
<#
.SYNOPSIS
    Exports every customer of a sandbox shop to CSV two ways, in real pwsh processes, and prints a table:
    the Invoke-RestMethod loop admins write by hand, and Get-KvCustomer | Export-Csv.

.DESCRIPTION
    For each shop size, one sandbox (the built KiotViet.Sandbox, with a fixed latency per request) serves both
    runs. Each run is a fresh pwsh process, so working set and CPU time are its own. Figures:
      Wall        listing start (after the token / Connect-KiotViet) to the CSV file closed
      First       listing start to the first customer in hand (the loop: its first page parsed)
      Cold        process start to the first customer in hand (pwsh start-up, Import-Module, Connect or the token)
    bench/Measure-ColdStart.ps1 breaks the cold start into its phases.
      Requests    GET /customers requests the sandbox counted (the module's include Connect-KiotViet's one-row check)
      PeakWS      peak working set of the pwsh process
      CPU         CPU time of the pwsh process, start-up included

.EXAMPLE
    dotnet pwsh bench/Measure-Export.ps1
    Builds Release, then measures 1,000, 10,000 and 100,000 customers at 50 ms per request.

.EXAMPLE
    dotnet pwsh bench/Measure-Export.ps1 -Sizes 200 -NoBuild -Manifest out/Debug/KiotViet/KiotViet.psd1
    A quick run against a module staged by another build (what the Pester suite Bench.Tests.ps1 runs).
#>
[CmdletBinding()]
param(
    [ValidateRange(1, 1000000)] [int[]] $Sizes = @(1000, 10000, 100000),
    [ValidateRange(0, 10000)] [int] $LatencyMs = 50,
    # The staged module to measure and the built sandbox to serve it; by default the Release build of this repository.
    [string] $Manifest,
    [string] $SandboxAssembly,
    # Measure what is built already (by default the module and the sandbox are built in Release first).
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'BenchHost.psm1') -Force
$build = Resolve-BenchBuild -Manifest $Manifest -SandboxAssembly $SandboxAssembly -NoBuild:$NoBuild

$rows = foreach ($count in $Sizes) {
    Write-Host "Seeding $($count.ToString('N0')) customers, $LatencyMs ms per request..." -ForegroundColor Cyan
    $sandbox = Start-BenchSandbox -Assembly $build.Sandbox -Customers $count -LatencyMs $LatencyMs
    try {
        $csv = Join-Path ([IO.Path]::GetTempPath()) "kv-bench-$count-$PID.csv"
        foreach ($way in 'Naive', 'Module') {
            $r = Invoke-BenchExport -Way $way -Api $sandbox.Api -Manifest $build.Manifest -Path $csv
            $lines = [IO.File]::ReadLines($csv) | Measure-Object | Select-Object -ExpandProperty Count
            if ($lines - 1 -ne $count) { throw "$way wrote $($lines - 1) rows for $count customers." }
            [pscustomobject]@{
                Customers   = $count
                Way         = if ($way -eq 'Naive') { 'Invoke-RestMethod loop' } else { 'Get-KvCustomer' }
                'Wall s'    = [math]::Round($r.WallMs / 1000, 2)
                'First ms'  = [int]$r.FirstMs
                'Cold ms'   = [int]$r.ColdMs
                Requests    = $r.Requests
                'PeakWS MB' = [int]($r.PeakWorkingSet / 1MB)
                'CPU s'     = [math]::Round($r.CpuMs / 1000, 2)
            }
        }
        Remove-Item $csv -ErrorAction SilentlyContinue
    } finally {
        Stop-BenchSandbox $sandbox
    }
}

$rows | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
foreach ($group in $rows | Group-Object Customers) {
    $naive, $module = $group.Group
    '{0,8:N0} customers: module {1:0.00}x faster, first object {2} ms vs {3} ms, peak working set {4} MB vs {5} MB' -f `
        [int]$group.Name, ($naive.'Wall s' / [math]::Max(0.01, $module.'Wall s')), $module.'First ms', $naive.'First ms', $module.'PeakWS MB', $naive.'PeakWS MB'
}
