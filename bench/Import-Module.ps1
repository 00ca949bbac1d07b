# The module: Connect-KiotViet with a number of writes in flight, then Import-Csv | New-KvCustomer.
param([string] $Api, [string] $Manifest, [string] $Path, [int] $MaxWritesInFlight)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchRun.psm1')
Import-Module (Join-Path $PSScriptRoot 'BenchProcess.psm1')
Import-Module $Manifest

$secret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force
Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret $secret -ApiBaseUri $Api -TokenUri "$Api/connect/token" -MaxWritesInFlight $MaxWritesInFlight
Reset-BenchCounter $Api

$watch = [Diagnostics.Stopwatch]::StartNew()
# Row by row (-BatchSize 1): this bench measures the writes in flight; Measure-CustomerBulk.ps1 measures batches.
$created = @(Import-Csv $Path -Encoding utf8BOM | New-KvCustomer -BatchSize 1)
$watch.Stop()

Write-ImportResult $Api $watch $created.Count
