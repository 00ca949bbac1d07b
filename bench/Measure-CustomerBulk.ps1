#Requires -Version 7.4
<#
.SYNOPSIS
    Creates and then updates the same number of customers row by row and in batches (the bulk endpoints), each
    way in a fresh pwsh process against a sandbox with a fixed latency per request, and prints the figures.

.DESCRIPTION
    New-KvCustomer -BatchSize 1 sends one POST /customers per row; the default (-BatchSize 100) sends one
    POST /listaddcutomers per 100 rows and reads each batch back (GET /customers?lastModifiedFrom=..., one page
    per 100 customers). Set-KvCustomer likewise (PUT /customers/{id} or PUT /listupdatecustomers). Each way gets a
    sandbox of its own, so both start from the same shop. Figures: wall time of each phase, requests by route,
    and GET requests (the 5000-an-hour budget).

.EXAMPLE
    dotnet pwsh bench/Measure-CustomerBulk.ps1 -Rows 1000 -LatencyMs 50
#>
[CmdletBinding()]
param(
    [int] $Rows = 1000,
    [int] $LatencyMs = 50,
    [int[]] $BatchSize = @(1, 100),
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = Split-Path $PSScriptRoot -Parent
$manifest = Join-Path $root 'out/KiotViet/KiotViet.psd1'
$sandboxDll = Join-Path $root 'src/KiotViet.Sandbox/bin/Release/net10.0/KiotViet.Sandbox.dll'
Import-Module (Join-Path $root 'tests/pester/Sandbox.psm1')

if (-not $NoBuild) {
    foreach ($project in 'src/KiotViet.PowerShell/KiotViet.PowerShell.csproj', 'src/KiotViet.Sandbox/KiotViet.Sandbox.csproj') {
        & dotnet build (Join-Path $root $project) -c Release -v quiet -nologo | Out-Null
        if ($LASTEXITCODE) { throw "Building $project failed." }
    }
}

$pwshDll = Join-Path $PSHOME 'pwsh.dll'
$hostPath = [Environment]::ProcessPath
[string[]] $prefix = if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') { @($pwshDll) } else { @() }

$results = foreach ($size in $BatchSize) {
    $sandbox = Start-KvSandbox -Customers 100 -Invoices 10 -Assembly $sandboxDll
    try {
        $api = $sandbox.BaseUri.TrimEnd('/')
        $null = Invoke-RestMethod -Method Post -Uri "$api/_sandbox/latency" -ContentType 'application/json' -Body (@{ fixedMs = $LatencyMs; jitterMs = 0 } | ConvertTo-Json)
        $out = & $hostPath @prefix -NoProfile -NonInteractive -File (Join-Path $PSScriptRoot 'Write-CustomerRows.ps1') -Api $api -Manifest $manifest -Rows $Rows -BatchSize $size
        if ($LASTEXITCODE) { throw "The run with -BatchSize $size failed: $out" }
        $r = $out | Select-Object -Last 1 | ConvertFrom-Json -AsHashtable
        if ($r.Created -ne $Rows -or $r.Updated -ne $Rows) { throw "-BatchSize ${size}: $($r.Created) created, $($r.Updated) updated of $Rows." }
        foreach ($phase in 'Create', 'Update') {
            $requests = $r["${phase}Requests"]
            [pscustomobject]@{
                Phase       = $phase
                BatchSize   = $size
                'Wall s'    = [math]::Round($r["${phase}Ms"] / 1000, 2)
                'Rows/s'    = [int]($Rows / ($r["${phase}Ms"] / 1000))
                Requests    = ($requests.Values | Measure-Object -Sum).Sum
                GET         = ($requests.GetEnumerator() | Where-Object Key -like 'GET *' | ForEach-Object Value | Measure-Object -Sum).Sum
                'By route'  = ($requests.GetEnumerator() | ForEach-Object { "$($_.Key) $($_.Value)" }) -join ', '
            }
        }
    } finally {
        Stop-KvSandbox $sandbox
    }
}

"$Rows rows, $LatencyMs ms per request, a fresh pwsh per way:"
$results | Format-Table -AutoSize -Wrap | Out-String -Width 220
foreach ($phase in 'Create', 'Update') {
    $alone, $batched = $results | Where-Object Phase -EQ $phase | Sort-Object BatchSize
    if ($alone -and $batched) {
        '{0}: batches {1:0.0}x faster ({2} s vs {3} s), {4} requests instead of {5} ({6} GET instead of {7})' -f `
            $phase, ($alone.'Wall s' / $batched.'Wall s'), $batched.'Wall s', $alone.'Wall s', $batched.Requests, $alone.Requests, $batched.GET, $alone.GET
    }
}
