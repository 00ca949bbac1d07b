<#
.SYNOPSIS
    Keeps each customer's order figures right as orders are created, changed or cancelled (the LadiFlow pattern):
    open and completed orders, cancelled orders, and the total of the orders not cancelled.

.DESCRIPTION
    Receives order.update events (KiotViet has no order.create: a new order fires order.update too) and keeps the
    newest state of each order in -StatePath; the figures of a customer are recomputed from its orders whenever one
    changes and written to -FiguresPath (CSV, one row per customer). Because figures are recomputed from the newest
    state of every order, an event that arrives twice or late (an older change after a newer one) never counts twice
    or undoes a cancellation. -Journal keeps deliveries across restarts, as in Sync-CrmContact.ps1.
    Register once: Register-KvWebhook -Type order.update -Url <your https address> -Secret $secret.

.EXAMPLE
    ./Update-CustomerFigure.ps1 -Prefix http://+:8080/kiotviet/ -Secret $env:KIOTVIET_WEBHOOK_SECRET -StatePath ./orders.json -FiguresPath ./customer-figures.csv -Journal ./figures.journal
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string] $Prefix,

    [Parameter(Mandatory)]
    $Secret,

    # The newest known state of every order, kept between runs.
    [Parameter(Mandatory)]
    [string] $StatePath,

    [Parameter(Mandatory)]
    [string] $FiguresPath,

    [string] $Journal,

    [int] $First,

    [int] $Timeout
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'Import-KiotViet.ps1')   # installed, or this clone's build
$cancelled = 4   # KiotViet's order status "Đã hủy"

$orders = @{}
if (Test-Path $StatePath) {
    (Get-Content -Raw -Encoding utf8 $StatePath | ConvertFrom-Json).PSObject.Properties | ForEach-Object { $orders[$_.Name] = $_.Value }
}

function Save-Figures {
    $orders | ConvertTo-Json -Depth 3 | Set-Content -Encoding utf8 $StatePath
    $orders.Values | Group-Object CustomerId | ForEach-Object {
        $live = @($_.Group | Where-Object Status -NE $cancelled)
        [pscustomobject]@{
            CustomerId     = $_.Name
            CustomerCode   = $_.Group[0].CustomerCode
            CustomerName   = $_.Group[0].CustomerName
            OrderCount     = $live.Count
            CancelledCount = @($_.Group | Where-Object Status -EQ $cancelled).Count
            OrderTotal     = ($live | Measure-Object Total -Sum).Sum + 0
        }
    } | Sort-Object CustomerId | Export-Csv $FiguresPath -Encoding utf8BOM -NoTypeInformation
}

$receive = @{ Prefix = $Prefix; Secret = $Secret }
if ($Journal) { $receive.Journal = $Journal }
if ($First) { $receive.First = $First }
if ($Timeout) { $receive.Timeout = $Timeout }
Receive-KvWebhook @receive | Where-Object EventType -EQ 'order.update' | ForEach-Object {
    foreach ($order in $_.Data) {
        if (-not $order.CustomerId) { continue }
        $known = $orders["$($order.Id)"]
        $newer = -not $known -or -not $order.ModifiedDate -or ([datetimeoffset]$order.ModifiedDate -ge [datetimeoffset]$known.ModifiedDate)
        if ($newer) {
            $orders["$($order.Id)"] = [pscustomobject]@{
                CustomerId   = $order.CustomerId
                CustomerCode = $order.CustomerCode
                CustomerName = $order.CustomerName
                Total        = [decimal]$order.Total
                Status       = [int]$order.Status
                ModifiedDate = if ($order.ModifiedDate) { ([datetimeoffset]$order.ModifiedDate).ToString('o') } else { $null }
            }
        } else {
            Write-Verbose "Order $($order.Code): a change older than the one applied, ignored."
        }
    }
    Save-Figures
}
