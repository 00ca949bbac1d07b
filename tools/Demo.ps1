# The main job on the sandbox: connect, export every customer to CSV, show the file and the row count.
param([Parameter(Mandatory)] [string] $Path)
$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Connect-Sandbox.ps1')

$null = New-Item -ItemType Directory -Force -Path (Split-Path $Path)
Get-KvCustomer | Export-Csv -Path $Path -Encoding utf8BOM -NoTypeInformation

Write-Host "First lines of $Path :" -ForegroundColor Green
Get-Content -Path $Path -TotalCount 6 -Encoding utf8BOM
$rows = @(Import-Csv -Path $Path -Encoding utf8BOM).Count
Write-Host "$rows customers exported to $Path" -ForegroundColor Green
