# Imports the staged module and connects to the sandbox that build.ps1 (-Task Demo or Shell) started.
# Expects KIOTVIET_MODULE_MANIFEST, KIOTVIET_SANDBOX_API and KIOTVIET_SANDBOX_TOKEN in the environment.
$ErrorActionPreference = 'Stop'
Import-Module $env:KIOTVIET_MODULE_MANIFEST
$secret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force   # the sandbox's published demo secret
Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret $secret -ApiBaseUri $env:KIOTVIET_SANDBOX_API -TokenUri $env:KIOTVIET_SANDBOX_TOKEN
Write-Host "Connected to the sandbox shop 'demoshop' at $env:KIOTVIET_SANDBOX_API. Try: Get-KvCustomer -First 5 | Format-Table" -ForegroundColor Green
