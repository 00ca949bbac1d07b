#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The README's long-run benchmark (bench/Measure-LongRun.ps1), run as written but at a tiny size and a short outage,
# against this build's module and sandbox: every scenario ends with every row, and the table says what it measured.
# Figures are not checked (no timed assertions), only what a user would read from them.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    $script:root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $bench = Join-Path $script:root 'bench/Measure-LongRun.ps1'
    $script:output = Invoke-KvPwsh -NoProfile -NonInteractive -File $bench -Customers 3000 -ImportRows 300 -OutageSeconds 3 -LatencyMs 100 -NoBuild `
        -Manifest (Get-KvTestModuleManifest) -SandboxAssembly (Get-KvSandboxAssembly) *>&1 | Out-String
    $script:exitCode = $LASTEXITCODE
}

Describe 'bench/Measure-LongRun.ps1 at 3,000 customers' {
    It 'is the command the README shows' {
        Get-Content (Join-Path $script:root 'README.md') -Raw | Should -Match '(?m)^dotnet pwsh bench/Measure-LongRun\.ps1\s*$'
    }

    It 'runs to the end' {
        $script:exitCode | Should -Be 0 -Because $script:output
    }

    It 'exports every customer once through the outage' {
        $script:output | Should -Match '(?m)^Export, outage\s+3,000 rows \(3,000 distinct\), [\d,]+ list requests \([1-9]\d* answered 503\)'
    }

    It 'imports every row through the outage' {
        $script:output | Should -Match '(?m)^Import, outage\s+300 rows written, [1-9]\d* requests answered 503'
    }

    It 'ends the killed and resumed export with every customer, at most two pages twice' {
        $script:output -match '(?m)^CSV\s+[\d,]+ rows, 3,000 distinct of 3,000 customers, (?<twice>[\d,]+) rows twice' | Should -BeTrue -Because $script:output
        [int]($Matches.twice -replace ',') | Should -BeLessOrEqual 200
    }

    It 'reads only what remained on the second run' {
        $script:output -match '(?m)^Run again\s+(?<again>[\d,]+) list requests \(a full run (?<full>[\d,]+)\)' | Should -BeTrue -Because $script:output
        [int]($Matches.again -replace ',') | Should -BeLessThan ([int]($Matches.full -replace ','))
    }
}
