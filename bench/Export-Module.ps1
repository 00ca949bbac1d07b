# The module: Get-KvCustomer streamed into Export-Csv.
param([string] $Api, [string] $Manifest, [string] $Path)
$ErrorActionPreference = 'Stop'
# Both scripts use Export-Csv: load its module here, in the start-up phase, not in whichever phase first needs it.
Import-Module Microsoft.PowerShell.Utility
Import-Module (Join-Path $PSScriptRoot 'BenchRun.psm1')

Import-Module $Manifest
Complete-BenchPhase Import

$secret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force
Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret $secret -ApiBaseUri $Api -TokenUri "$Api/connect/token"
Complete-BenchPhase Connect

$first = $true
Get-KvCustomer | ForEach-Object { if ($first) { Complete-BenchPhase First; $first = $false }; $_ } |
    Export-Csv $Path -Encoding utf8BOM
Complete-BenchPhase Rest

Write-BenchResult
