# One run of Measure-BulkRun.ps1: New-KvCustomer over -Rows rows, every -BadEvery-th row with an e-mail the module
# refuses before sending (0: none), with -BatchSize; prints one JSON line: wall time, rows out, requests by route,
# the most requests in flight at once.
param([string] $Api, [string] $Manifest, [int] $Rows, [int] $BadEvery, [int] $BatchSize, [string] $Tag)
$ErrorActionPreference = 'Stop'
Import-Module $Manifest

$secret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force
Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret $secret -ApiBaseUri $Api -TokenUri "$Api/connect/token"
$leads = 1..$Rows | ForEach-Object {
    $bad = $BadEvery -gt 0 -and $_ % $BadEvery -eq 0
    [pscustomobject]@{ Name = "Khách $Tag $_"; Phone = '09{0}{1:D7}' -f ($Tag.Length % 10), $_; Email = if ($bad) { "sai-$Tag-$_" } else { "$Tag-$_@example.vn" } }
}
$null = Invoke-RestMethod -Method Delete -Uri "$Api/_sandbox/counters"

$watch = [Diagnostics.Stopwatch]::StartNew()
$created = @($leads | New-KvCustomer -BatchSize $BatchSize -ErrorAction SilentlyContinue -ErrorVariable refused)
$watch.Stop()

$log = Invoke-RestMethod -Uri "$Api/_sandbox/counters"
$byRoute = [ordered]@{}
foreach ($request in $log.requests | Where-Object { $_.path -notmatch '^/(_sandbox|connect)' }) {
    $key = "$($request.method) $($request.path -replace '/\d+$', '/{id}')"
    $byRoute[$key] = 1 + ($byRoute[$key] ?? 0)
}

[pscustomobject]@{
    WallMs       = $watch.Elapsed.TotalMilliseconds
    Created      = $created.Count
    Refused      = $refused.Count
    Requests     = $byRoute
    MostInFlight = $log.mostInFlight
} | ConvertTo-Json -Compress -Depth 3
