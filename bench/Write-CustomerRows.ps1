# One run of Measure-CustomerBulk.ps1: creates -Rows customers with New-KvCustomer, then updates them with
# Set-KvCustomer, both with -BatchSize; prints one JSON line with the time and the requests of each phase.
param([string] $Api, [string] $Manifest, [int] $Rows, [int] $BatchSize)
$ErrorActionPreference = 'Stop'
Import-Module $Manifest

function Get-PhaseRequests {
    $log = Invoke-RestMethod -Uri "$Api/_sandbox/counters"
    $null = Invoke-RestMethod -Method Delete -Uri "$Api/_sandbox/counters"
    $byKind = [ordered]@{}
    foreach ($request in $log.requests | Where-Object { $_.path -notmatch '^/(_sandbox|connect)' }) {
        $key = "$($request.method) $($request.path -replace '/\d+$', '/{id}')"
        $byKind[$key] = 1 + ($byKind[$key] ?? 0)
    }
    $byKind
}

$secret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force
Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret $secret -ApiBaseUri $Api -TokenUri "$Api/connect/token"
$leads = 1..$Rows | ForEach-Object { [pscustomobject]@{ Name = "Khách đo $_"; Phone = '0944{0:D6}' -f $_; Email = "do$_@example.vn" } }
$null = Get-PhaseRequests

$watch = [Diagnostics.Stopwatch]::StartNew()
$created = @($leads | New-KvCustomer -BatchSize $BatchSize)
$createMs = $watch.Elapsed.TotalMilliseconds
$createRequests = Get-PhaseRequests

$watch.Restart()
$updated = @($created | Set-KvCustomer -Comments 'Đã đo' -BatchSize $BatchSize -PassThru)
$updateMs = $watch.Elapsed.TotalMilliseconds
$updateRequests = Get-PhaseRequests

[pscustomobject]@{
    Created        = $created.Count
    CreateMs       = $createMs
    CreateRequests = $createRequests
    Updated        = $updated.Count
    UpdateMs       = $updateMs
    UpdateRequests = $updateRequests
} | ConvertTo-Json -Compress -Depth 3
