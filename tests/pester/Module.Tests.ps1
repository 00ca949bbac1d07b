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
