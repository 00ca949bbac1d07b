#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The README's benchmark command (bench/Measure-Export.ps1), run as written but at a tiny size and against this
# build's module and sandbox: it must print the table for both ways. Figures are not checked (no timed assertions),
# only that each way exported the whole shop and the table says what it measured.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    $script:root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $bench = Join-Path $script:root 'bench/Measure-Export.ps1'
    $script:output = Invoke-KvPwsh -NoProfile -NonInteractive -File $bench -Sizes 200 -LatencyMs 5 -NoBuild `
        -Manifest (Get-KvTestModuleManifest) -SandboxAssembly (Get-KvSandboxAssembly) *>&1 | Out-String
    $script:exitCode = $LASTEXITCODE
}

Describe 'bench/Measure-Export.ps1 -Sizes 200' {
    It 'is the command the README shows' {
        Get-Content (Join-Path $script:root 'README.md') -Raw | Should -Match '(?m)^dotnet pwsh bench/Measure-Export\.ps1\s*$'
    }

    It 'runs to the end' {
        $script:exitCode | Should -Be 0 -Because $script:output
    }

    It 'prints the table heading with every figure' {
        $script:output | Should -Match 'Customers\s+Way\s+Wall s\s+First ms\s+Cold ms\s+Requests\s+PeakWS MB\s+CPU s'
    }

    It 'prints a row for the Invoke-RestMethod loop, which read the 200 customers in two pages' {
        $script:output | Should -Match '(?m)^\s*200 Invoke-RestMethod loop\s+[\d.]+\s+\d+\s+\d+\s+2\s+\d+\s+[\d.]+\s*$'
    }

    It 'prints a row for Get-KvCustomer, with its requests counted' {
        $script:output | Should -Match '(?m)^\s*200 Get-KvCustomer\s+[\d.]+\s+\d+\s+\d+\s+[2-9]\s+\d+\s+[\d.]+\s*$'
    }

    It 'sums up the comparison' {
        $script:output | Should -Match '200 customers: module [\d.]+x faster, first object \d+ ms vs \d+ ms'
    }
}
