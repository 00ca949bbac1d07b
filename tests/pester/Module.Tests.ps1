#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    $script:manifestPath = Get-KvTestModuleManifest
}

Describe 'Module manifest' {
    It 'passes Test-ModuleManifest' {
        { Test-ModuleManifest -Path $script:manifestPath -ErrorAction Stop } | Should -Not -Throw
    }

    It 'exports exactly the cmdlets it declares, with no wildcards' {
        $manifest = Import-PowerShellDataFile $script:manifestPath
        $manifest.CmdletsToExport | Should -Not -Contain '*'
        $module = Import-Module $script:manifestPath -Force -PassThru
        ($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }
}

Describe 'Module assembly loader in a shell of its own' {
    It 'unhooks its resolve handler on Remove-Module and hooks it again on import' {
        $manifest = $script:manifestPath
        $lines = Invoke-KvPwsh -NoProfile -NonInteractive -Command @"
Import-Module '$manifest' -ErrorAction Stop
`$loader = [KiotViet.Commands.Infrastructure.ModuleAssemblyLoader]
`$loader::IsRegistered
Remove-Module KiotViet
`$loader::IsRegistered
Import-Module '$manifest' -ErrorAction Stop
`$loader::IsRegistered
[KiotViet.Customer].FullName
"@
        $LASTEXITCODE | Should -Be 0
        $lines | Should -Be @('True', 'False', 'True', 'KiotViet.Customer')
    }
}
