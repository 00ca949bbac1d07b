# The loop admins write by hand: a token, then one Invoke-RestMethod POST per CSV row, one after the other.
param([string] $Api, [string] $Manifest, [string] $Path)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'BenchRun.psm1')
Import-Module (Join-Path $PSScriptRoot 'BenchProcess.psm1')

$token = Invoke-RestMethod -Method Post -Uri "$Api/connect/token" -Body @{
    scopes = 'PublicApi.Access'; grant_type = 'client_credentials'; client_id = 'sandbox-client-id'; client_secret = 'sandbox-client-secret'
}
$headers = @{ Retailer = 'demoshop'; Authorization = "Bearer $($token.access_token)" }
Reset-BenchCounter $Api

$watch = [Diagnostics.Stopwatch]::StartNew()
$created = 0
foreach ($row in Import-Csv $Path -Encoding utf8BOM) {
    $body = @{ name = $row.Name; contactNumber = $row.Phone; email = $row.Email } | ConvertTo-Json
    $answer = Invoke-RestMethod -Method Post -Uri "$Api/customers" -Headers $headers -ContentType 'application/json; charset=utf-8' -Body $body
    if ($answer.data.id) { $created++ }
}
$watch.Stop()

Write-ImportResult $Api $watch $created
