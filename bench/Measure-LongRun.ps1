#Requires -Version 7.4
<#
.SYNOPSIS
    Long runs against a sandbox shop, each in a fresh pwsh: an export and a batched import meeting an outage, and a
    -SyncState export killed part-way and started again. Prints what each cost.

.DESCRIPTION
    1. A full export (Get-KvCustomer | Export-Csv), for the requests and time a run takes without trouble.
    2. The same export meeting an outage (every request answered 503 for -OutageSeconds) after a fifth of its pages:
       the rows in the CSV (all of them, each once) and the time (the run plus the outage).
    3. A batched import of -ImportRows customers (New-KvCustomer) meeting the same outage after a fifth of its batches:
       rows written, each once.
    4. Get-KvCustomer -SyncState state.json | Export-Csv -Append, the pwsh process killed once -KillAt of the
       customers are in the CSV, and the same command run again: the requests of the second run against those of a
       full run, and the rows in the CSV twice.

.EXAMPLE
    dotnet pwsh bench/Measure-LongRun.ps1
    Builds Release, then 50,000 customers at 50 ms per request, a 90-second outage, a kill at 40%.

.EXAMPLE
    dotnet pwsh bench/Measure-LongRun.ps1 -Customers 3000 -ImportRows 500 -OutageSeconds 5 -NoBuild -Manifest out/Debug/KiotViet/KiotViet.psd1 -SandboxAssembly src/KiotViet.Sandbox/bin/Debug/net10.0/KiotViet.Sandbox.dll
    A quick run against the Debug build.
#>
[CmdletBinding()]
param(
    [ValidateRange(500, 1000000)] [int] $Customers = 50000,
    [ValidateRange(0, 100000)] [int] $ImportRows = 10000,
    [ValidateRange(0, 10000)] [int] $LatencyMs = 50,
    [ValidateRange(1, 3600)] [int] $OutageSeconds = 90,
    [ValidateRange(0.05, 0.95)] [double] $KillAt = 0.4,
    [string] $Manifest,
    [string] $SandboxAssembly,
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'BenchHost.psm1') -Force
$build = Resolve-BenchBuild -Manifest $Manifest -SandboxAssembly $SandboxAssembly -NoBuild:$NoBuild
$work = Join-Path ([IO.Path]::GetTempPath()) "kv-longrun-$PID"
$null = New-Item -ItemType Directory -Path $work -Force

function Get-CustomerRequests([string] $Api) { (Invoke-RestMethod -Uri "$Api/_sandbox/counters?method=GET&path=/customers").count }
function Reset-Counters([string] $Api) { $null = Invoke-RestMethod -Method Delete -Uri "$Api/_sandbox/counters" }
function Start-Outage([string] $Api, [int] $AfterRequests) {
    $body = @{ seconds = $OutageSeconds; afterRequests = $AfterRequests; status = 503 } | ConvertTo-Json
    $null = Invoke-RestMethod -Method Post -Uri "$Api/_sandbox/outage" -ContentType 'application/json' -Body $body
}
# A kill can cut Export-Csv's last line mid-write; -SyncState's help says to drop it before running again.
function Remove-CutLastLine([string] $Path) {
    $text = [System.IO.File]::ReadAllText($Path)
    if ($text.Length -gt 0 -and -not $text.EndsWith("`n")) { [System.IO.File]::WriteAllText($Path, $text.Substring(0, $text.LastIndexOf("`n") + 1)) }
}
function Get-CsvIds([string] $Path) { @(Import-Csv $Path | ForEach-Object { [long]$_.Id }) }

# A child pwsh of the same PowerShell as this one, started (not waited for): dotnet pwsh.dll for the dotnet tool.
function Start-Runbook([string] $Script, [string[]] $Arguments, [string] $Log) {
    $hostPath = [Environment]::ProcessPath
    [string[]] $prefix = if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') { @(Join-Path $PSHOME 'pwsh.dll') } else { @() }
    Start-Process -FilePath $hostPath -ArgumentList ($prefix + @('-NoProfile', '-NonInteractive', '-File', $Script) + $Arguments) -PassThru -RedirectStandardOutput $Log -RedirectStandardError "$Log.err"
}

function Wait-Runbook($Process, [string] $Log) {
    $Process.WaitForExit()
    if ($Process.ExitCode) { throw "The runbook failed ($($Process.ExitCode)): $(Get-Content -Raw $Log, "$Log.err")" }
    Get-Content $Log | Select-Object -Last 1 | ConvertFrom-Json
}

function Get-LineCount([string] $Path) {
    if (-not (Test-Path -LiteralPath $Path)) { return 0 }
    $stream = [IO.File]::Open($Path, 'Open', 'Read', 'ReadWrite, Delete')
    try { [IO.StreamReader]::new($stream).ReadToEnd().Split("`n").Count - 1 } finally { $stream.Dispose() }
}

$export = Join-Path $PSScriptRoot 'LongRun-Export.ps1'
Write-Host "Seeding $($Customers.ToString('N0')) customers, $LatencyMs ms per request..." -ForegroundColor Cyan
$sandbox = Start-ExportSandbox -Assembly $build.Sandbox -Customers $Customers -LatencyMs $LatencyMs
$results = [ordered]@{}
$running = @()
try {
    $api = $sandbox.Api
    $log = Join-Path $work 'run.log'

    Write-Host 'A full export...' -ForegroundColor Cyan
    Reset-Counters $api
    $csv = Join-Path $work 'full.csv'
    $full = Wait-Runbook ($running = Start-Runbook $export @('-Api', $api, '-Manifest', $build.Manifest, '-Path', $csv) $log) $log
    $fullRequests = Get-CustomerRequests $api
    $results['Full export'] = '{0:N0} rows, {1:N0} list requests, {2:N1} s' -f (Get-CsvIds $csv).Count, $fullRequests, ($full.WallMs / 1000)

    Write-Host "An export meeting a $OutageSeconds s outage..." -ForegroundColor Cyan
    Reset-Counters $api
    $csv = Join-Path $work 'outage.csv'
    Start-Outage $api (2 + [int]($fullRequests / 5))
    $outage = Wait-Runbook ($running = Start-Runbook $export @('-Api', $api, '-Manifest', $build.Manifest, '-Path', $csv) $log) $log
    $ids = Get-CsvIds $csv
    $answered = (Invoke-RestMethod -Uri "$api/_sandbox/outage").answered
    $results['Export, outage'] = '{0:N0} rows ({1:N0} distinct), {2:N0} list requests ({3} answered 503), {4:N1} s' -f $ids.Count, @($ids | Sort-Object -Unique).Count, (Get-CustomerRequests $api), $answered, ($outage.WallMs / 1000)

    if ($ImportRows -gt 0) {
        Write-Host "A batched import of $($ImportRows.ToString('N0')) rows meeting a $OutageSeconds s outage..." -ForegroundColor Cyan
        Reset-Counters $api
        # The token and the connection check come first, then a fifth of the batches.
        Start-Outage $api (2 + [int][math]::Max(1, $ImportRows / 100 / 5))
        $import = Wait-Runbook ($running = Start-Runbook (Join-Path $PSScriptRoot 'LongRun-Import.ps1') @('-Api', $api, '-Manifest', $build.Manifest, '-Rows', $ImportRows) $log) $log
        $answered = (Invoke-RestMethod -Uri "$api/_sandbox/outage").answered
        $results['Import, outage'] = '{0:N0} rows written, {1} requests answered 503, {2:N1} s' -f $import.Written, $answered, ($import.WallMs / 1000)
    }

    Write-Host "A -SyncState export killed at $($KillAt.ToString('P0')) and run again..." -ForegroundColor Cyan
    $null = Invoke-RestMethod -Method Post -Uri "$api/_sandbox/reset"
    Reset-Counters $api
    $csv = Join-Path $work 'sync.csv'
    $state = Join-Path $work 'sync.json'
    $arguments = @('-Api', $api, '-Manifest', $build.Manifest, '-Path', $csv, '-State', $state)
    $running = Start-Runbook $export $arguments $log
    while ((Get-LineCount $csv) -lt 1 + $Customers * $KillAt -and -not $running.HasExited) { $null = $running.WaitForExit(50) }
    if ($running.HasExited) { throw "The export ended before it could be killed: $(Get-Content -Raw $log, "$log.err")" }
    $running.Kill($true)
    $running.WaitForExit()
    Remove-CutLastLine $csv
    $atKill = (Get-LineCount $csv) - 1
    $firstRequests = Get-CustomerRequests $api
    Reset-Counters $api
    $resumed = Wait-Runbook ($running = Start-Runbook $export $arguments $log) $log
    $resumedRequests = Get-CustomerRequests $api
    $ids = Get-CsvIds $csv
    $distinct = @($ids | Sort-Object -Unique).Count
    $results['Killed at'] = '{0:N0} rows in the CSV ({1:N0} list requests)' -f $atKill, $firstRequests
    $results['Run again'] = '{0:N0} list requests (a full run {1:N0}), {2:N1} s' -f $resumedRequests, $fullRequests, ($resumed.WallMs / 1000)
    $results['CSV'] = '{0:N0} rows, {1:N0} distinct of {2:N0} customers, {3:N0} rows twice' -f $ids.Count, $distinct, $Customers, ($ids.Count - $distinct)
} finally {
    foreach ($process in @($running)) { if ($process -and -not $process.HasExited) { $process.Kill($true); $process.WaitForExit() } }
    Stop-BenchSandbox $sandbox
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}

Write-Host ''
Write-Host ("{0:N0} customers, {1} ms per request, outage {2} s, kill at {3:P0}" -f $Customers, $LatencyMs, $OutageSeconds, $KillAt)
foreach ($entry in $results.GetEnumerator()) { '{0,-16} {1}' -f $entry.Key, $entry.Value }
