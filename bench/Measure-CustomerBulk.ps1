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
    # The staged module to measure and the built sandbox to serve it; by default the Release build of this repository.
    [string] $Manifest,
    [string] $SandboxAssembly,
    # Measure what is built already (by default the module and the sandbox are built in Release first).
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'BenchHost.psm1') -Force
Import-Module (Join-Path $PSScriptRoot 'BenchProcess.psm1')
$build = Resolve-BenchBuild -Manifest $Manifest -SandboxAssembly $SandboxAssembly -NoBuild:$NoBuild

$results = foreach ($size in $BatchSize) {
    $sandbox = Start-BenchSandbox $build.Sandbox @('--customers', 100, '--invoices', 10, '--get-limit', 100000000, '--latency', $LatencyMs)
    try {
        $r = Invoke-BenchPwsh (Join-Path $PSScriptRoot 'Write-CustomerRows.ps1') @('-Api', $sandbox.Api.TrimEnd('/'), '-Manifest', $build.Manifest, '-Rows', $Rows, '-BatchSize', $size)
        if ($r.Created -ne $Rows -or $r.Updated -ne $Rows) { throw "-BatchSize ${size}: $($r.Created) created, $($r.Updated) updated of $Rows." }
        foreach ($phase in 'Create', 'Update') {
            $requests = @($r."${phase}Requests".PSObject.Properties)
            $all = 0; $gets = 0
            foreach ($route in $requests) { $all += $route.Value; if ($route.Name -like 'GET *') { $gets += $route.Value } }
            [pscustomobject]@{
                Phase       = $phase
                BatchSize   = $size
                'Wall s'    = [math]::Round($r."${phase}Ms" / 1000, 2)
                'Rows/s'    = [int]($Rows / ($r."${phase}Ms" / 1000))
                Requests    = $all
                GET         = $gets
                'By route'  = ($requests | ForEach-Object { "$($_.Name) $($_.Value)" }) -join ', '
            }
        }
    } finally {
        Stop-BenchSandbox $sandbox
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
