<#
.SYNOPSIS
    Nightly runbook: exports the customers and invoices that changed since the last run, and the customers deleted.

.DESCRIPTION
    Connects from environment variables (KIOTVIET_RETAILER, KIOTVIET_CLIENT_ID, KIOTVIET_CLIENT_SECRET) unless a
    connection exists, then reads with -SyncState. The first run exports everything; each later run only what
    changed since the last completed run. A run that fails is simply run again: the state files only move forward
    when a listing was read to its end.

    Output, one set of files per run in -OutputFolder:
      customers-<stamp>.csv           customers created or changed
      customers-deleted-<stamp>.csv   ids of customers deleted (drop them from your copy)
      invoices-<stamp>.csv            invoices created or changed

.EXAMPLE
    ./Sync-KiotVietNightly.ps1 -StateFolder D:\KiotViet\state -OutputFolder D:\KiotViet\out
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $StateFolder,

    [Parameter(Mandatory)]
    [string] $OutputFolder
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Import-KiotViet.ps1')   # installed, or this clone's build
if (-not (Get-KvConnection -ErrorAction SilentlyContinue)) { Connect-KiotViet }

$null = New-Item -ItemType Directory -Force -Path $StateFolder, $OutputFolder
$stamp = Get-Date -Format 'yyyyMMdd-HHmmss'

$changes = Get-KvCustomer -SyncState (Join-Path $StateFolder 'customers.json') -IncludeRemoved
$changes | Where-Object { -not $_.Removed } |
    Export-Csv -Path (Join-Path $OutputFolder "customers-$stamp.csv") -Encoding utf8BOM -NoTypeInformation
$changes | Where-Object Removed |
    Export-Csv -Path (Join-Path $OutputFolder "customers-deleted-$stamp.csv") -Encoding utf8BOM -NoTypeInformation

Get-KvInvoice -SyncState (Join-Path $StateFolder 'invoices.json') |
    Export-Csv -Path (Join-Path $OutputFolder "invoices-$stamp.csv") -Encoding utf8BOM -NoTypeInformation

Write-Output "Exported $(@($changes).Count) customer changes."
