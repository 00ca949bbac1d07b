# The loop admins write by hand: a token, then Invoke-RestMethod page after page into $all, then Export-Csv.
param([string] $Api, [string] $Manifest, [string] $Path)
$ErrorActionPreference = 'Stop'
# Both scripts use Export-Csv: load its module here, in the start-up phase, not in whichever phase first needs it.
Import-Module Microsoft.PowerShell.Utility
Import-Module (Join-Path $PSScriptRoot 'BenchRun.psm1')

$token = Invoke-RestMethod -Method Post -Uri "$Api/connect/token" -Body @{
    scopes = 'PublicApi.Access'; grant_type = 'client_credentials'; client_id = 'sandbox-client-id'; client_secret = 'sandbox-client-secret'
}
$headers = @{ Retailer = 'demoshop'; Authorization = "Bearer $($token.access_token)" }
Complete-BenchPhase Connect

$all = @()
$skip = 0
do {
    $page = Invoke-RestMethod -Uri "$Api/customers?pageSize=100&currentItem=$skip" -Headers $headers
    if ($skip -eq 0) { Complete-BenchPhase First }
    $all += $page.data
    $skip += 100
} while ($skip -lt $page.total)
$all | Export-Csv $Path -Encoding utf8BOM
Complete-BenchPhase Rest

Write-BenchResult
