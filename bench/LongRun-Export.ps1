# The runbook of bench/Measure-LongRun.ps1: every customer into a CSV, optionally under a -SyncState, appending.
param([string] $Api, [string] $Manifest, [string] $Path, [string] $State)
$ErrorActionPreference = 'Stop'
Import-Module $Manifest
$secret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force
Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret $secret -ApiBaseUri $Api -TokenUri "$Api/connect/token"
$watch = [Diagnostics.Stopwatch]::StartNew()
if ($State) {
    Get-KvCustomer -SyncState $State | Export-Csv $Path -Append
} else {
    Get-KvCustomer | Export-Csv $Path
}
[pscustomobject]@{ WallMs = $watch.Elapsed.TotalMilliseconds } | ConvertTo-Json -Compress
