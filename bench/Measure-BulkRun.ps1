#Requires -Version 7.4
<#
.SYNOPSIS
    The bulk-write run against what a user would expect of it, each run in a fresh pwsh against a sandbox with a fixed
    latency per request: bad rows in a file cost no more than the rows they are, short pipelines keep several writes
    in flight, and batches go side by side.

.DESCRIPTION
    Three comparisons, each printed with its target:
      1. 1,000 rows clean against the same file with 2% bad rows (a bad e-mail every 50th, refused before sending),
         50 ms per request: the bad file within 1.25x the clean one's time.
      2. 40 rows with every 5th bad, 200 ms per request, with -BatchSize 1 (each row alone: N writes in flight) and
         with the default batches.
      3. 10,000 rows in batches of 100 at 50 ms per request against (batch requests + read-backs) x 50 ms / writes in
         flight: within 1.5x of it.
    The sandbox counts every request by route and the most served at once.

.EXAMPLE
    dotnet pwsh bench/Measure-BulkRun.ps1
#>
[CmdletBinding()]
param(
    [int] $LatencyMs = 50,
    [int] $ShortLatencyMs = 200,
    [int] $LargeRows = 10000,
    # The staged module to measure and the built sandbox to serve it; by default the Release build of this repository.
    [string] $Manifest,
    [string] $SandboxAssembly,
    # Measure what is built already (by default the module and the sandbox are built in Release first).
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'BenchHost.psm1') -Force
Import-Module (Join-Path $PSScriptRoot 'BenchProcess.psm1')
$build = Resolve-BenchBuild -Manifest $Manifest -SandboxAssembly $SandboxAssembly -NoBuild:$NoBuild
$writesInFlight = 4

function Invoke-Run([string] $Name, [int] $Rows, [int] $BadEvery, [int] $BatchSize, [int] $Latency) {
    $sandbox = Start-BenchSandbox $build.Sandbox @('--customers', 100, '--invoices', 10, '--get-limit', 100000000, '--latency', $Latency)
    try {
        $tag = "b$([guid]::NewGuid().ToString('N').Substring(0, 6))"
        $r = Invoke-BenchPwsh (Join-Path $PSScriptRoot 'BulkRun-Import.ps1') @('-Api', $sandbox.Api.TrimEnd('/'), '-Manifest', $build.Manifest, '-Rows', $Rows, '-BadEvery', $BadEvery, '-BatchSize', $BatchSize, '-Tag', $tag)
    } finally {
        Stop-BenchSandbox $sandbox
    }

    $bad = if ($BadEvery -gt 0) { [math]::Floor($Rows / $BadEvery) } else { 0 }
    if ($r.Created -ne $Rows - $bad -or $r.Refused -ne $bad) { throw "${Name}: $($r.Created) created and $($r.Refused) refused of $Rows rows ($bad bad)." }
    $routes = @($r.Requests.PSObject.Properties)
    [pscustomobject]@{
        Run        = $Name
        Rows       = $Rows
        'ms/req'   = $Latency
        'Wall s'   = [math]::Round($r.WallMs / 1000, 2)
        Requests   = ($routes | Measure-Object -Property Value -Sum).Sum
        InFlight   = $r.MostInFlight
        'By route' = ($routes | ForEach-Object { "$($_.Name) $($_.Value)" }) -join ', '
    }
}

$results = @(
    Invoke-Run '1,000 clean' 1000 0 100 $LatencyMs
    Invoke-Run '1,000, 2% bad' 1000 50 100 $LatencyMs
    Invoke-Run '40, every 5th bad, -BatchSize 1' 40 5 1 $ShortLatencyMs
    Invoke-Run '40 clean, -BatchSize 1' 40 0 1 $ShortLatencyMs
    Invoke-Run '40, every 5th bad, batches' 40 5 100 $ShortLatencyMs
    Invoke-Run "$($LargeRows.ToString('N0')) in batches of 100" $LargeRows 0 100 $LatencyMs
)
$results | Format-Table -AutoSize -Wrap | Out-String -Width 220 | Write-Host

$clean, $bad = $results[0], $results[1]
'2% bad rows: {0:0.00}x the clean file''s time ({1} s vs {2} s; target within 1.25x)' -f ($bad.'Wall s' / $clean.'Wall s'), $bad.'Wall s', $clean.'Wall s'
$short, $shortClean = $results[2], $results[3]
'40 rows, every 5th bad, each alone: {0} writes in flight at most, {1} s (clean: {2} s); in batches: {3} s' -f $short.InFlight, $short.'Wall s', $shortClean.'Wall s', $results[4].'Wall s'
$large = $results[5]
$ideal = $large.Requests * $LatencyMs / 1000 / $writesInFlight
'{0} rows in batches: {1} s against {2} requests x {3} ms / {4} in flight = {5:0.00} s: {6:0.00}x (target within 1.5x)' -f $large.Rows, $large.'Wall s', $large.Requests, $LatencyMs, $writesInFlight, $ideal, ($large.'Wall s' / $ideal)
