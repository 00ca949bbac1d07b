# The module: Get-KvCustomer streamed into Export-Csv.
param([string] $Api, [string] $Manifest, [string] $Path)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchRun.psm1')
Import-Module $Manifest

$secret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force
Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret $secret -ApiBaseUri $Api -TokenUri "$Api/connect/token"
Reset-BenchCounter $Api

$watch = [Diagnostics.Stopwatch]::StartNew()
$first = $null
Get-KvCustomer | ForEach-Object { if ($null -eq $first) { $first = $watch.Elapsed; $firstAt = [datetime]::Now }; $_ } |
    Export-Csv $Path -Encoding utf8BOM
$watch.Stop()

Write-BenchResult $Api $watch $first $firstAt
