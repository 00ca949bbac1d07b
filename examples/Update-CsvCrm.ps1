<#
.SYNOPSIS
    Applies one KiotViet webhook delivery to a CSV "CRM": checks the signature, upserts changed customers, drops
    deleted ones. The core of the receiver in azure-function-webhook/run.ps1.

.DESCRIPTION
    KiotViet retries a delivery (same envelope Id, higher Attempt) when the receiver is slow or fails, so each
    delivery Id is applied once: the Ids already applied are kept in <CrmPath>.deliveries. A row is only replaced by
    a change at least as new as the one it holds, so a late retry never overwrites newer data.
    Throws when the signature does not match; the caller still answers 200 (KiotViet stops sending to endpoints that
    answer 400, 401, 403, 404 or 405).

.EXAMPLE
    ./Update-CsvCrm.ps1 -Body $rawBody -Signature $headers['X-Hub-Signature'] -Secret $env:KIOTVIET_WEBHOOK_SECRET -CrmPath ./crm.csv
#>
[CmdletBinding()]
param(
    # The request body exactly as received (string or bytes), not a parsed object.
    [Parameter(Mandatory)]
    $Body,

    # The X-Hub-Signature header.
    [Parameter(Mandatory)]
    [AllowEmptyString()]
    [string] $Signature,

    # The secret given to Register-KvWebhook (SecureString, or the plain text of an app setting).
    [Parameter(Mandatory)]
    $Secret,

    [Parameter(Mandatory)]
    [string] $CrmPath
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Import-KiotViet.ps1')   # installed, or this clone's build
$events = @(ConvertFrom-KvWebhook -Body $Body -Signature $Signature -Secret $Secret)

$deliveriesPath = "$CrmPath.deliveries"
$applied = if (Test-Path $deliveriesPath) { @(Get-Content $deliveriesPath) } else { @() }
$delivery = $events | Select-Object -First 1 -ExpandProperty DeliveryId
if ($delivery -and $applied -contains $delivery) {
    Write-Verbose "Delivery $delivery was applied already (attempt $($events[0].Attempt))."
    return
}

$crm = [ordered]@{}
if (Test-Path $CrmPath) {
    Import-Csv -Path $CrmPath -Encoding utf8BOM | ForEach-Object { $crm[$_.Id] = $_ }
}

foreach ($event in $events) {
    switch ($event.EventType) {
        'customer.update' {
            foreach ($row in $event.Data) {
                $id = [string]$row.Id
                $changed = if ($row.ModifiedDate) { [datetimeoffset]$row.ModifiedDate } else { [datetimeoffset]::MinValue }
                if ($crm.Contains($id) -and [datetimeoffset]$crm[$id].ModifiedDate -gt $changed) { continue }
                $crm[$id] = [pscustomobject]@{
                    Id            = $id
                    Code          = $row.Code
                    Name          = $row.Name
                    ContactNumber = $row.ContactNumber
                    Email         = $row.Email
                    ModifiedDate  = $changed.ToString('o')
                }
            }
        }
        'customer.delete' {
            foreach ($id in $event.RemovedIds) { $crm.Remove([string]$id) }
        }
    }
}

@($crm.Values) | Export-Csv -Path $CrmPath -Encoding utf8BOM -NoTypeInformation
if ($delivery) { Add-Content -Path $deliveriesPath -Value $delivery }
