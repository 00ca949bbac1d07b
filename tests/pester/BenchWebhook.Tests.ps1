#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# bench/Measure-WebhookReceiver.ps1 run as the README shows it, at a tiny size, against this build's module: both
# receivers must answer every delivery and output every event once. Figures are not checked (no timed assertions).

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $bench = Join-Path $root 'bench/Measure-WebhookReceiver.ps1'
    $script:output = Invoke-KvPwsh -NoProfile -NonInteractive -File $bench -Manifest (Get-KvTestModuleManifest) -Deliveries 24 -Senders 4 -WorkMs 1 *>&1 | Out-String
    $script:exitCode = $LASTEXITCODE
}

Describe 'bench/Measure-WebhookReceiver.ps1 -Deliveries 24' {
    It 'runs to the end' {
        $script:exitCode | Should -Be 0 -Because $script:output
    }

    It 'prints a row per receiver, each having answered every delivery and output every event' {
        $script:output | Should -Match '(?m)^Receive-KvWebhook\s+24\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\d+\s+24\s+[\d.]+\s*$'
        $script:output | Should -Match '(?m)^HttpListener loop by hand\s+24\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\d+\s+24\s+[\d.]+\s*$'
    }

    It 'is the command the README shows' {
        Get-Content (Join-Path $PSScriptRoot '../../README.md') -Raw | Should -Match '(?m)^dotnet pwsh bench/Measure-WebhookReceiver\.ps1 -Manifest out/Debug/KiotViet/KiotViet\.psd1$'
    }
}
