#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# bench/Measure-Import.ps1 run as written but at a tiny size, against this build's module and sandbox: it must print
# the table for the three ways, each having created every row with one POST. Figures are not checked (no timed
# assertions), only that the runs were complete and the four-in-flight run really kept several writes in flight.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $bench = Join-Path $root 'bench/Measure-Import.ps1'
    $script:output = Invoke-KvPwsh -NoProfile -NonInteractive -File $bench -Rows 40 -LatencyMs 20 -NoBuild `
        -Manifest (Get-KvTestModuleManifest) -SandboxAssembly (Get-KvSandboxAssembly) *>&1 | Out-String
    $script:exitCode = $LASTEXITCODE
}

Describe 'bench/Measure-Import.ps1 -Rows 40' {
    It 'runs to the end' {
        $script:exitCode | Should -Be 0 -Because $script:output
    }

    It 'prints the table heading with every figure' {
        $script:output | Should -Match 'Rows\s+Way\s+Wall s\s+Rows/s\s+Posts\s+InFlight\s+PeakWS MB\s+CPU s'
    }

    It 'prints a row for the loop and for one write in flight, each with one POST per row, one at a time' {
        $script:output | Should -Match '(?m)^\s*40 Invoke-RestMethod loop\s+[\d.]+\s+\d+\s+40\s+1\s+\d+\s+[\d.]+\s*$'
        $script:output | Should -Match '(?m)^\s*40 New-KvCustomer, 1 in flight\s+[\d.]+\s+\d+\s+40\s+1\s+\d+\s+[\d.]+\s*$'
    }

    It 'prints a row for four writes in flight, with one POST per row and several at once' {
        $script:output | Should -Match '(?m)^\s*40 New-KvCustomer, 4 in flight\s+[\d.]+\s+\d+\s+40\s+[2-4]\s+\d+\s+[\d.]+\s*$'
    }

    It 'is the command the README shows' {
        Get-Content (Join-Path $PSScriptRoot '../../README.md') -Raw | Should -Match '(?m)^dotnet pwsh bench/Measure-Import\.ps1\b'
    }

    It 'sums up the comparison' {
        $script:output | Should -Match '40 rows: 4 in flight [\d.]+x the loop, 1 in flight [\d.]+x the loop'
    }
}

Describe 'bench/Measure-CustomerBulk.ps1 -Rows 20' {
    BeforeAll {
        $bulk = Join-Path (Resolve-Path (Join-Path $PSScriptRoot '../..')) 'bench/Measure-CustomerBulk.ps1'
        $script:bulkOutput = Invoke-KvPwsh -NoProfile -NonInteractive -File $bulk -Rows 20 -LatencyMs 5 -NoBuild `
            -Manifest (Get-KvTestModuleManifest) -SandboxAssembly (Get-KvSandboxAssembly) *>&1 | Out-String
        $script:bulkExitCode = $LASTEXITCODE
    }

    It 'runs to the end, every row created and updated' {
        $script:bulkExitCode | Should -Be 0 -Because $script:bulkOutput
    }

    It 'sends each row alone with -BatchSize 1 and the whole file as one batch read back with one GET otherwise' {
        $script:bulkOutput | Should -Match '(?m)^Create\s+1\s+[\d.]+\s+\d+\s+20\s+0\s+POST /customers 20\s*$'
        $script:bulkOutput | Should -Match '(?m)^Update\s+1\s+[\d.]+\s+\d+\s+20\s+0\s+PUT /customers/\{id\} 20\s*$'
        $script:bulkOutput | Should -Match '(?m)^Create\s+100\s+[\d.]+\s+\d+\s+2\s+1\s+POST /listaddcutomers 1, GET /customers 1\s*$'
        $script:bulkOutput | Should -Match '(?m)^Update\s+100\s+[\d.]+\s+\d+\s+2\s+1\s+PUT /listupdatecustomers 1, GET /customers 1\s*$'
    }

    It 'is the command the README shows' {
        Get-Content (Join-Path $PSScriptRoot '../../README.md') -Raw | Should -Match '(?m)^dotnet pwsh bench/Measure-CustomerBulk\.ps1\b'
    }
}
