<#
.SYNOPSIS
    Keeps a CRM's contacts and deals in step with KiotViet as changes happen (the Getfly pattern): a new or changed
    customer becomes a contact, matched to one the CRM already has by e-mail, then phone; a new or changed order
    becomes a deal of its customer's contact.

.DESCRIPTION
    The CRM is stood in for by a JSON file (contacts and deals); replace Save-Crm and the two Update-* functions with
    calls to your CRM's API. Run it as a service (no -Timeout; Ctrl+C stops it) or as an hourly runbook
    (-Timeout 3300), after Connect-KiotViet (an order whose customer the CRM lacks reads that customer). Nothing is lost
    across restarts:
      - -Journal keeps each delivery from before it is answered until this script handled it, so what arrived
        while the script was busy or just before it stopped is handled on the next start;
      - -SyncState reads, on start, what changed while no receiver ran (KiotViet gives up on a delivery after a few
        tries): webhooks give speed, the incremental sync completeness.
    A change can arrive twice (from the sync and from a webhook) or out of order (a retry of an older change after a
    newer one): a record is only overwritten by a change at least as new (ModifiedDate), so both are harmless.
    Register the webhooks once: Register-KvWebhook -Type customer.update -Url <your https address> -Secret $secret,
    and the same for order.update.

.EXAMPLE
    ./Sync-CrmContact.ps1 -Prefix http://+:8080/kiotviet/ -Secret $env:KIOTVIET_WEBHOOK_SECRET -CrmPath ./crm.json -Journal ./crm.journal -SyncState ./crm-sync
#>
[CmdletBinding()]
param(
    # Where to listen (behind an https reverse proxy whose address is registered with KiotViet).
    [Parameter(Mandatory)]
    [string] $Prefix,

    # The secret the webhooks were registered with (SecureString, or the plain text of an app setting).
    [Parameter(Mandatory)]
    $Secret,

    # The JSON file standing in for the CRM.
    [Parameter(Mandatory)]
    [string] $CrmPath,

    [string] $Journal,

    # A folder for the -SyncState files of customers and orders.
    [string] $SyncState,

    [int] $First,

    [int] $Timeout
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Import-KiotViet.ps1')   # installed, or this clone's build

function Read-Crm {
    if (Test-Path $CrmPath) {
        $saved = Get-Content -Raw -Encoding utf8 $CrmPath | ConvertFrom-Json
        @{ Contacts = [System.Collections.Generic.List[object]]@($saved.Contacts); Deals = [System.Collections.Generic.List[object]]@($saved.Deals) }
    } else {
        @{ Contacts = [System.Collections.Generic.List[object]]::new(); Deals = [System.Collections.Generic.List[object]]::new() }
    }
}

function Save-Crm {
    [pscustomobject]@{ Contacts = $crm.Contacts; Deals = $crm.Deals } | ConvertTo-Json -Depth 4 | Set-Content -Encoding utf8 $CrmPath
}

# KiotViet writes 0912 345 678, +84912345678 and 0912.345.678 for the same phone.
function Get-PhoneKey([string] $Phone) {
    $digits = $Phone -replace '\D', ''
    if ($digits.StartsWith('84') -and $digits.Length -ge 11) { $digits = '0' + $digits.Substring(2) }
    $digits
}

# A change is applied only when it is at least as new as what the CRM holds.
function Test-Newer($Row, $Record) {
    -not $Record.ModifiedDate -or -not $Row.ModifiedDate -or ([datetimeoffset]$Row.ModifiedDate -ge [datetimeoffset]$Record.ModifiedDate)
}

function Find-Contact($Customer) {
    $found = $crm.Contacts | Where-Object KiotVietId -EQ $Customer.Id | Select-Object -First 1
    if (-not $found -and $Customer.Email) {
        $found = $crm.Contacts | Where-Object { -not $_.KiotVietId -and $_.Email -and $_.Email.Trim() -eq $Customer.Email.Trim() } | Select-Object -First 1
    }
    if (-not $found -and $Customer.ContactNumber) {
        $phone = Get-PhoneKey $Customer.ContactNumber
        $found = $crm.Contacts | Where-Object { -not $_.KiotVietId -and $_.Phone -and (Get-PhoneKey $_.Phone) -eq $phone } | Select-Object -First 1
    }
    $found
}

function Update-Contact($Customer) {
    $contact = Find-Contact $Customer
    if (-not $contact) {
        $contact = [pscustomobject]@{ CrmId = 1 + ($crm.Contacts | Measure-Object CrmId -Maximum).Maximum; KiotVietId = $null; Name = $null; Email = $null; Phone = $null; ModifiedDate = $null }
        $crm.Contacts.Add($contact)
        Write-Verbose "New contact $($contact.CrmId) for customer $($Customer.Code)."
    }
    if (Test-Newer $Customer $contact) {
        $contact.KiotVietId = $Customer.Id
        $contact.Name = $Customer.Name
        if ($Customer.Email) { $contact.Email = $Customer.Email }
        if ($Customer.ContactNumber) { $contact.Phone = $Customer.ContactNumber }
        $contact.ModifiedDate = if ($Customer.ModifiedDate) { ([datetimeoffset]$Customer.ModifiedDate).ToString('o') } else { $null }
    }
}

function Update-Deal($Order) {
    if (-not $Order.CustomerId) { return }   # a walk-in sale: no contact to attach it to
    $contact = $crm.Contacts | Where-Object KiotVietId -EQ $Order.CustomerId | Select-Object -First 1
    if (-not $contact) {
        # The customer is not in the CRM yet (its event is still on the way, or it last changed before this script
        # ran): read it, so that it is matched by e-mail and phone like any other.
        Update-Contact (Get-KvCustomer -Id $Order.CustomerId)
        $contact = $crm.Contacts | Where-Object KiotVietId -EQ $Order.CustomerId | Select-Object -First 1
    }
    $deal = $crm.Deals | Where-Object KiotVietOrderId -EQ $Order.Id | Select-Object -First 1
    if (-not $deal) {
        $deal = [pscustomobject]@{ KiotVietOrderId = $Order.Id; Code = $Order.Code; ContactCrmId = $null; Total = 0; Status = $null; ModifiedDate = $null }
        $crm.Deals.Add($deal)
    }
    if (Test-Newer $Order $deal) {
        $deal.ContactCrmId = $contact.CrmId
        $deal.Total = [decimal]$Order.Total
        $deal.Status = $Order.Status
        $deal.ModifiedDate = if ($Order.ModifiedDate) { ([datetimeoffset]$Order.ModifiedDate).ToString('o') } else { $null }
    }
}

$crm = Read-Crm

if ($SyncState) {
    $null = New-Item -ItemType Directory -Force $SyncState
    Get-KvCustomer -SyncState (Join-Path $SyncState 'customers.json') | ForEach-Object { Update-Contact $_ }
    Get-KvOrder -SyncState (Join-Path $SyncState 'orders.json') | ForEach-Object { Update-Deal $_ }
    Save-Crm
}

$receive = @{ Prefix = $Prefix; Secret = $Secret }
if ($Journal) { $receive.Journal = $Journal }
if ($First) { $receive.First = $First }
if ($Timeout) { $receive.Timeout = $Timeout }
Receive-KvWebhook @receive | ForEach-Object {
    $event = $_   # inside switch, $_ is the value switched on
    switch ($event.EventType) {
        'customer.update' { foreach ($customer in $event.Data) { Update-Contact $customer } }
        'order.update' { foreach ($order in $event.Data) { Update-Deal $order } }
    }
    # Saved before the next event is taken: the journal lets go of this one only once this block returns.
    Save-Crm
}
