#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The installed path: the .nupkg from tools/KiotViet.Package, installed with Install-PSResource from a local
# repository into a user data folder of this test's own, then imported by name in a fresh pwsh.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $packages = $env:KIOTVIET_PACKAGE_FOLDER ? $env:KIOTVIET_PACKAGE_FOLDER : (Join-Path $root 'out/packages')
    $version = (Import-PowerShellDataFile (Join-Path $root 'KiotViet.psd1')).ModuleVersion
    $script:package = Join-Path $packages "KiotViet.$version.nupkg"

    $script:repository = Join-Path $TestDrive 'repository'
    $null = New-Item -ItemType Directory $script:repository
    Copy-Item $script:package $script:repository

    # Where PowerShell and PSResourceGet keep the user's modules and repositories (under HOME and XDG_DATA_HOME on
    # Linux and macOS, under the Documents folder and LOCALAPPDATA on Windows): a folder of this test's, so the
    # user's own setup is never touched.
    $script:dataHome = Join-Path $TestDrive 'user-data'
    $null = New-Item -ItemType Directory $script:dataHome
    $script:saved = @{ HOME = $env:HOME; XDG_DATA_HOME = $env:XDG_DATA_HOME; LOCALAPPDATA = $env:LOCALAPPDATA; USERPROFILE = $env:USERPROFILE; PSModulePath = $env:PSModulePath }
    $env:HOME = $script:dataHome
    $env:USERPROFILE = $script:dataHome
    $env:XDG_DATA_HOME = Join-Path $script:dataHome '.local/share'
    $env:LOCALAPPDATA = Join-Path $script:dataHome 'AppData/Local'
    # .NET answers an empty special folder path for a folder that does not exist, and PSResourceGet would then write
    # relative to the working directory: make each one.
    foreach ($folder in $env:XDG_DATA_HOME, $env:LOCALAPPDATA, (Join-Path $script:dataHome 'Documents')) {
        $null = New-Item -ItemType Directory -Force $folder
    }
    $env:PSModulePath = $null   # a fresh pwsh computes its default path, the user folder included

    $script:sandbox = Start-KvSandbox -Customers 30 -Invoices 5
}

AfterAll {
    if ($script:sandbox) { Stop-KvSandbox $script:sandbox }
    foreach ($name in $script:saved.Keys) { Set-Item "env:$name" $script:saved[$name] -ErrorAction SilentlyContinue }
}

Describe 'Install-PSResource KiotViet' {
    It 'installs the package from a local repository into the user module folder' {
        $package | Should -Exist
        $installed = Invoke-KvPwsh -NoProfile -NonInteractive -Command "
            `$ErrorActionPreference = 'Stop'
            if (-not [Environment]::GetFolderPath('LocalApplicationData').StartsWith('$script:dataHome')) { throw 'The user data folder is not the test one.' }
            Register-PSResourceRepository -Name KiotVietLocal -Uri '$script:repository' -Trusted
            Install-PSResource -Name KiotViet -Repository KiotVietLocal -Scope CurrentUser -TrustRepository -Quiet
            (Get-InstalledPSResource -Name KiotViet).InstalledLocation"
        $LASTEXITCODE | Should -Be 0
        "$installed" | Should -BeLike "$script:dataHome*"
        Join-Path "$installed" 'KiotViet' | Should -Exist
    }

    It 'imports by name in a fresh pwsh and reads customers from the sandbox' {
        $lines = Invoke-KvPwsh -NoProfile -NonInteractive -Command "
            `$ErrorActionPreference = 'Stop'
            Import-Module KiotViet
            (Get-Module KiotViet).ModuleBase
            Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret (ConvertTo-SecureString sandbox-client-secret -AsPlainText -Force) -ApiBaseUri $($script:sandbox.BaseUri) -TokenUri $($script:sandbox.TokenUri)
            @(Get-KvCustomer).Count
            [KiotViet.Customer].FullName"
        $LASTEXITCODE | Should -Be 0
        $lines[0] | Should -BeLike "$script:dataHome*KiotViet*"
        $lines[1] | Should -Be '30'
        $lines[2] | Should -Be 'KiotViet.Customer'
    }
}
