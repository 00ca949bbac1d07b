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
      Cold        process start to the first customer in hand (includes pwsh start-up, Import-Module, Connect)
      Requests    GET /customers requests the sandbox counted
      PeakWS      peak working set of the pwsh process
      CPU         CPU time of the pwsh process, start-up included

.EXAMPLE
    dotnet pwsh bench/Measure-Export.ps1 -Customers 1000, 10000, 100000 -LatencyMs 50
#>
[CmdletBinding()]
param(
    [int[]] $Customers = @(1000, 10000, 100000),
    [int] $LatencyMs = 50,
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = Split-Path $PSScriptRoot -Parent
$manifest = Join-Path $root 'out/KiotViet/KiotViet.psd1'
$sandboxDll = Join-Path $root 'src/KiotViet.Sandbox/bin/Release/net10.0/KiotViet.Sandbox.dll'

if (-not $NoBuild) {
    & dotnet build (Join-Path $root 'src/KiotViet.PowerShell/KiotViet.PowerShell.csproj') -c Release -v quiet -nologo | Out-Null
    if ($LASTEXITCODE) { throw 'Building the module failed.' }
    & dotnet build (Join-Path $root 'src/KiotViet.Sandbox/KiotViet.Sandbox.csproj') -c Release -v quiet -nologo | Out-Null
    if ($LASTEXITCODE) { throw 'Building the sandbox failed.' }
}

# A dotnet-tool pwsh runs as "dotnet pwsh.dll"; a normal install as its own executable.
function Invoke-ChildPwsh([string] $Script, [string[]] $Arguments) {
    $pwshDll = Join-Path $PSHOME 'pwsh.dll'
    $hostPath = [Environment]::ProcessPath
    [string[]] $prefix = if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') { @($pwshDll) } else { @() }
    $out = & $hostPath @prefix -NoProfile -NonInteractive -File $Script @Arguments
    if ($LASTEXITCODE) { throw "$Script failed: $out" }
    $out | Select-Object -Last 1 | ConvertFrom-Json
}

function Start-BenchSandbox([int] $Count) {
    $log = [IO.Path]::GetTempFileName()
    $arguments = @($sandboxDll, '--urls', 'http://127.0.0.1:0', '--customers', $Count, '--invoices', 10,
        '--get-limit', 100000000, '--latency', $LatencyMs)
    $process = Start-Process dotnet -ArgumentList $arguments -PassThru -RedirectStandardOutput $log
    $deadline = [datetime]::UtcNow.AddMinutes(2)
    while ([datetime]::UtcNow -lt $deadline) {
        if ($process.HasExited) { throw "The sandbox exited with code $($process.ExitCode): $(Get-Content $log -Raw)" }
        $match = Select-String -Path $log -Pattern 'listening on (\S+)' | Select-Object -First 1
        if ($match) { return [pscustomobject]@{ Process = $process; Api = $match.Matches[0].Groups[1].Value; Log = $log } }
        $process.WaitForExit(100) | Out-Null
    }
    Stop-Process -Id $process.Id -Force
    throw 'The sandbox did not start within 2 minutes.'
}

$rows = foreach ($count in $Customers) {
    Write-Host "Seeding $($count.ToString('N0')) customers, $LatencyMs ms per request..." -ForegroundColor Cyan
    $sandbox = Start-BenchSandbox $count
    try {
        $csv = Join-Path ([IO.Path]::GetTempPath()) "kv-bench-$count.csv"
        foreach ($way in 'Naive', 'Module') {
            $script = Join-Path $PSScriptRoot "Export-$way.ps1"
            $r = Invoke-ChildPwsh $script @('-Api', $sandbox.Api, '-Manifest', $manifest, '-Path', $csv)
            $lines = [IO.File]::ReadLines($csv) | Measure-Object | Select-Object -ExpandProperty Count
            if ($lines - 1 -ne $count) { throw "$way wrote $($lines - 1) rows for $count customers." }
            [pscustomobject]@{
                Customers = $count
                Way       = if ($way -eq 'Naive') { 'Invoke-RestMethod loop' } else { 'Get-KvCustomer' }
                'Wall s'  = [math]::Round($r.WallMs / 1000, 2)
                'First ms' = [int]$r.FirstMs
                'Cold ms' = [int]$r.ColdMs
                Requests  = $r.Requests
                'PeakWS MB' = [int]($r.PeakWorkingSet / 1MB)
                'CPU s'   = [math]::Round($r.CpuMs / 1000, 2)
            }
        }
        Remove-Item $csv -ErrorAction SilentlyContinue
    } finally {
        Stop-Process -Id $sandbox.Process.Id -Force -ErrorAction SilentlyContinue
        $sandbox.Process.WaitForExit()
        Remove-Item $sandbox.Log -ErrorAction SilentlyContinue
    }
}

$rows | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
foreach ($group in $rows | Group-Object Customers) {
    $naive, $module = $group.Group
    '{0,8:N0} customers: module {1:0.00}x faster, first object {2} ms vs {3} ms, peak working set {4} MB vs {5} MB' -f `
        [int]$group.Name, ($naive.'Wall s' / $module.'Wall s'), $module.'First ms', $naive.'First ms', $module.'PeakWS MB', $naive.'PeakWS MB'
}
