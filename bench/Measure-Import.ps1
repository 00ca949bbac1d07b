#Requires -Version 7.4
<#
.SYNOPSIS
    Imports a CSV of new customers into a sandbox shop three ways, each in a fresh pwsh process, and prints a table:
    the sequential Invoke-RestMethod loop admins write by hand, and Import-Csv | New-KvCustomer with one and with
    four writes in flight.

.DESCRIPTION
    For each size, one sandbox (the built KiotViet.Sandbox in Release, a fixed latency on every request) serves the
    three runs; each run imports its own CSV (distinct names, phones and e-mails), so every row is a real create.
    Figures:
      Wall        from reading the CSV to the last customer created (after the token / Connect-KiotViet)
      Rows/s      rows created per second of wall time
      Posts       POST /customers the sandbox counted (one per row: nothing sent twice)
      InFlight    the most requests the sandbox served at the same time
      PeakWS      peak working set of the pwsh process
      CPU         CPU time of the pwsh process, start-up included

.EXAMPLE
    ./bench/Measure-Import.ps1 -Rows 1000, 10000 -LatencyMs 50     # from pwsh; from bash: dotnet pwsh -c '& ./bench/Measure-Import.ps1'
#>
[CmdletBinding()]
param(
    [int[]] $Rows = @(1000, 10000),
    [int] $LatencyMs = 50,
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = Split-Path $PSScriptRoot -Parent
$manifest = Join-Path $root 'out/KiotViet/KiotViet.psd1'
$sandboxDll = Join-Path $root 'src/KiotViet.Sandbox/bin/Release/net10.0/KiotViet.Sandbox.dll'
Import-Module (Join-Path $PSScriptRoot 'BenchProcess.psm1')

if (-not $NoBuild) {
    & dotnet build (Join-Path $root 'src/KiotViet.PowerShell/KiotViet.PowerShell.csproj') -c Release -v quiet -nologo | Out-Null
    if ($LASTEXITCODE) { throw 'Building the module failed.' }
    & dotnet build (Join-Path $root 'src/KiotViet.Sandbox/KiotViet.Sandbox.csproj') -c Release -v quiet -nologo | Out-Null
    if ($LASTEXITCODE) { throw 'Building the sandbox failed.' }
}

$ways = @(
    @{ Name = 'Invoke-RestMethod loop'; Script = 'Import-Naive.ps1'; Arguments = @() }
    @{ Name = 'New-KvCustomer, 1 in flight'; Script = 'Import-Module.ps1'; Arguments = @('-MaxWritesInFlight', 1) }
    @{ Name = 'New-KvCustomer, 4 in flight'; Script = 'Import-Module.ps1'; Arguments = @('-MaxWritesInFlight', 4) }
)

$table = foreach ($count in $Rows) {
    Write-Host "Importing $($count.ToString('N0')) rows three ways, $LatencyMs ms per request..." -ForegroundColor Cyan
    $sandbox = Start-BenchSandbox $sandboxDll @('--customers', 100, '--invoices', 10, '--get-limit', 100000000, '--latency', $LatencyMs)
    try {
        for ($w = 0; $w -lt $ways.Count; $w++) {
            $way = $ways[$w]
            $csv = Join-Path ([IO.Path]::GetTempPath()) "kv-import-bench-$count-$w.csv"
            1..$count | ForEach-Object {
                [pscustomobject]@{ Name = "Khách nhập $w-$_"; Phone = '09{0}{1:D7}' -f $w, $_; Email = "nhap$w-$_@example.vn" }
            } | Export-Csv -Path $csv -Encoding utf8BOM -NoTypeInformation
            try {
                $r = Invoke-BenchPwsh (Join-Path $PSScriptRoot $way.Script) (@('-Api', $sandbox.Api, '-Manifest', $manifest, '-Path', $csv) + $way.Arguments)
            } finally {
                Remove-Item $csv -ErrorAction SilentlyContinue
            }

            if ($r.Created -ne $count -or $r.Posts -ne $count) { throw "$($way.Name) created $($r.Created) of $count rows with $($r.Posts) POST requests." }
            [pscustomobject]@{
                Rows        = $count
                Way         = $way.Name
                'Wall s'    = [math]::Round($r.WallMs / 1000, 2)
                'Rows/s'    = [int]($count / ($r.WallMs / 1000))
                Posts       = $r.Posts
                InFlight    = $r.MostInFlight
                'PeakWS MB' = [int]($r.PeakWorkingSet / 1MB)
                'CPU s'     = [math]::Round($r.CpuMs / 1000, 2)
            }
        }
    } finally {
        Stop-BenchSandbox $sandbox
    }
}

$table | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
foreach ($group in $table | Group-Object Rows) {
    $loop, $one, $four = $group.Group
    '{0,7:N0} rows: 4 in flight {1:0.00}x the loop, 1 in flight {2:0.00}x the loop' -f [int]$group.Name, ($loop.'Wall s' / $four.'Wall s'), ($loop.'Wall s' / $one.'Wall s')
}
