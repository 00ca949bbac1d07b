<#
.SYNOPSIS
    Runs one or more Pester 5 suites and writes a JSON summary (counts, and each failed It with its message).
.DESCRIPTION
    Used by tests/KiotViet.Pester.Tests (dotnet test) and build.ps1 -Task Test. Imports Pester from -PesterModule
    (the copy NuGet restored), so nothing needs installing.
#>
param(
    [Parameter(Mandatory)] [string] $PesterModule,
    [Parameter(Mandatory)] [string[]] $Path,
    [string] $SummaryPath
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterModule -Force

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$result = Invoke-Pester -Configuration $configuration

$failures = @(
    foreach ($test in $result.Failed) {
        [pscustomobject]@{ Name = $test.ExpandedPath; Message = ($test.ErrorRecord | ForEach-Object { $_.DisplayErrorMessage ?? $_.Exception.Message }) -join "`n" }
    }
    foreach ($container in $result.Containers | Where-Object Result -EQ 'Failed') {
        foreach ($block in @($container.Blocks) | Where-Object { $_.ErrorRecord.Count -gt 0 }) {
            [pscustomobject]@{ Name = "$($container.Item) / $($block.ExpandedPath) (setup)"; Message = ($block.ErrorRecord | ForEach-Object { $_.Exception.Message }) -join "`n" }
        }
        if ($container.ErrorRecord.Count -gt 0) {
            [pscustomobject]@{ Name = "$($container.Item) (container)"; Message = ($container.ErrorRecord | ForEach-Object { $_.Exception.Message }) -join "`n" }
        }
    }
)

$summary = [pscustomobject]@{
    Result       = $result.Result
    Passed       = $result.PassedCount
    Failed       = $result.FailedCount
    Skipped      = $result.SkippedCount
    NotRun       = $result.NotRunCount
    FailedBlocks = $result.FailedBlocksCount
    FailedContainers = $result.FailedContainersCount
    Failures     = $failures
}

if ($SummaryPath) { $summary | ConvertTo-Json -Depth 4 | Set-Content -Path $SummaryPath -Encoding utf8 }
Write-Host "Pester: $($summary.Passed) passed, $($summary.Failed) failed, $($summary.Skipped) skipped, $($summary.NotRun) not run."
if ($result.Result -ne 'Passed') { exit 1 }
exit 0
