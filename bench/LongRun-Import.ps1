# The import of bench/Measure-LongRun.ps1: new customers in batches, as a bulk runbook writes them.
param([string] $Api, [string] $Manifest, [int] $Rows)
$ErrorActionPreference = 'Stop'
Import-Module $Manifest
$secret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force
Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret $secret -ApiBaseUri $Api -TokenUri "$Api/connect/token"
$watch = [Diagnostics.Stopwatch]::StartNew()
$written = 1..$Rows | ForEach-Object { [pscustomobject]@{ Name = "Khách dài hạn $_"; Phone = ('0988{0:D6}' -f $_); Email = "daihan$_@example.vn" } } |
    New-KvCustomer | Measure-Object | Select-Object -ExpandProperty Count
[pscustomobject]@{ WallMs = $watch.Elapsed.TotalMilliseconds; Written = $written } | ConvertTo-Json -Compress
