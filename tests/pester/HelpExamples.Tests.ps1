#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Every example in docs/en-US/*.md (what Get-Help -Examples shows) and every PowerShell block of README.md, run as
# written against the sandbox, in order, one shop per help file. The sandbox answers for the retailer 'myshop' and
# the environment points Connect-KiotViet at it (KIOTVIET_API_BASE_URI, KIOTVIET_TOKEN_URI); the address the docs give
# for a local sandbox (http://127.0.0.1:5080) is this sandbox's, the one for a local webhook receiver (http://127.0.0.1:5081)
# a free port's. Stand-ins for the keyboard, Azure Automation,
# SecretManagement and Azure Functions come from ExampleHost.psm1. An example fails on any error it writes.

BeforeDiscovery {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    function Get-MarkdownExample([string] $Path) {
        $lines = Get-Content -LiteralPath $Path -Encoding utf8
        $title = $null; $code = $null; $number = 0
        foreach ($line in $lines) {
            if ($null -ne $code) {
                if ($line -match '^```\s*$') {
                    $number++
                    @{ File = Split-Path $Path -Leaf; Name = ($title ?? "block $number"); Code = ($code -join "`n") }
                    $code = $null
                } else { $code.Add($line) }
            } elseif ($line -match '^#{2,4}\s+(.+)$') {
                $title = $Matches[1]
            } elseif ($line -match '^```powershell\s*$') {
                $code = [System.Collections.Generic.List[string]]::new()
            }
        }
    }
    $files = @(Get-ChildItem (Join-Path $root 'docs/en-US') -Filter *.md) + (Get-Item (Join-Path $root 'README.md'))
    $script:documents = foreach ($file in $files) {
        @{ File = $file.Name; Examples = @(Get-MarkdownExample $file.FullName) }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    Import-Module (Join-Path $PSScriptRoot 'ExampleHost.psm1') -Force
    Import-Module (Get-KvTestModuleManifest) -Force
    $script:saved = @{}
    foreach ($variable in 'KIOTVIET_RETAILER', 'KIOTVIET_CLIENT_ID', 'KIOTVIET_CLIENT_SECRET', 'KIOTVIET_API_BASE_URI', 'KIOTVIET_TOKEN_URI', 'KIOTVIET_WEBHOOK_SECRET', 'HOME', 'USERPROFILE', 'XDG_DATA_HOME', 'LOCALAPPDATA') {
        $script:saved[$variable] = [Environment]::GetEnvironmentVariable($variable)
    }

    # The README installs the package (Register-PSResourceRepository, Install-PSResource): into a user folder of this
    # test's, never the real one. .NET gives an empty path for special folders that do not exist, so make them.
    $userHome = Join-Path $TestDrive 'user-home'
    $env:HOME = $userHome; $env:USERPROFILE = $userHome
    $env:XDG_DATA_HOME = Join-Path $userHome '.local/share'; $env:LOCALAPPDATA = Join-Path $userHome 'AppData/Local'
    foreach ($folder in $env:XDG_DATA_HOME, $env:LOCALAPPDATA, (Join-Path $userHome 'Documents')) { $null = New-Item -ItemType Directory -Force $folder }

    # One sandbox for every document, reset before each: it answers for every shop name the examples use.
    $script:sandbox = Start-KvSandbox -Customers 150 -Invoices 120 -Retailer 'myshop,shop-hanoi,shop-saigon,demoshop'
    $env:KIOTVIET_RETAILER = 'myshop'
    $env:KIOTVIET_CLIENT_ID = 'sandbox-client-id'
    $env:KIOTVIET_CLIENT_SECRET = 'sandbox-client-secret'
    $env:KIOTVIET_API_BASE_URI = $script:sandbox.BaseUri
    $env:KIOTVIET_TOKEN_URI = $script:sandbox.TokenUri
    $env:KIOTVIET_WEBHOOK_SECRET = 'bí-mật-webhook-123'
    # Import-Module KiotViet by name, as after Install-PSResource.
    $script:savedModulePath = $env:PSModulePath
    $env:PSModulePath = (Split-Path (Split-Path (Get-KvTestModuleManifest))) + [System.IO.Path]::PathSeparator + $env:PSModulePath
}

AfterAll {
    $env:PSModulePath = $script:savedModulePath
    if ($script:sandbox) { Stop-KvSandbox $script:sandbox }
    foreach ($variable in $script:saved.Keys) { [Environment]::SetEnvironmentVariable($variable, $script:saved[$variable]) }
}

Describe '<File>' -ForEach $documents {
    BeforeAll {
        $null = Invoke-RestMethod -Method Post -Uri "$($script:sandbox.BaseUri)_sandbox/reset"
        $script:workFolder = Join-Path $TestDrive ($File -replace '\W', '-')
        $null = New-Item -ItemType Directory -Force $script:workFolder
        # Files the examples read, as a user would have them.
        Copy-Item (Join-Path $PSScriptRoot 'example-files/*') $script:workFolder -Recurse
        # The README installs the package it tells you to build (./out/packages).
        $packages = $env:KIOTVIET_PACKAGE_FOLDER ? $env:KIOTVIET_PACKAGE_FOLDER : (Join-Path $PSScriptRoot '../../out/packages')
        $null = New-Item -ItemType Directory -Force (Join-Path $script:workFolder 'out/packages')
        Copy-Item (Join-Path $packages '*.nupkg') (Join-Path $script:workFolder 'out/packages')
        Push-Location $script:workFolder
        Connect-KiotViet
    }

    AfterAll {
        Pop-Location
        Disconnect-KiotViet -ErrorAction SilentlyContinue
    }

    It '<Name>' -ForEach $Examples {
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start(); $receiverPort = $probe.LocalEndpoint.Port; $probe.Stop()
        $text = $Code.Replace('http://127.0.0.1:5080', $script:sandbox.BaseUri.TrimEnd('/')).Replace('http://127.0.0.1:5081', "http://127.0.0.1:$receiverPort")
        if ($text -match '\bInstall-PSResource\b') {
            # Installing and importing the package is what a new pwsh does. Run here, the copy imported from this
            # suite's TestDrive would stay loaded, its format file gone once Pester deletes the folder, and every
            # suite after this one in the same pwsh would fail to import the module.
            # It installs into a home of its own, which this pwsh's module path never reaches.
            $installHome = Join-Path $TestDrive 'install-home'
            $homes = @{ HOME = $installHome; USERPROFILE = $installHome; XDG_DATA_HOME = (Join-Path $installHome '.local/share'); LOCALAPPDATA = (Join-Path $installHome 'AppData/Local') }
            $before = @{}
            foreach ($name in $homes.Keys) { $before[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $homes[$name]) }
            foreach ($folder in $homes.XDG_DATA_HOME, $homes.LOCALAPPDATA, (Join-Path $installHome 'Documents')) { $null = New-Item -ItemType Directory -Force $folder }
            try {
                $printed = Invoke-KvPwsh -NoProfile -NonInteractive -Command "`$ErrorActionPreference = 'Stop'; Set-Location -LiteralPath '$($script:workFolder)'; $text" 2>&1
            } finally {
                foreach ($name in $before.Keys) { [Environment]::SetEnvironmentVariable($name, $before[$name]) }
            }
            $LASTEXITCODE | Should -Be 0 -Because ($printed -join "`n")
            return
        }

        $ConfirmPreference = 'None'   # the user answers Yes where a cmdlet asks
        # A webhook receiver (param($Request, ...)) gets a delivery signed with the shop's secret, and a forged one.
        $requests = [System.Collections.Generic.List[object]]::new()
        if ($text -match 'param\(\$Request') {
            $requests.Add((New-ExampleWebhookRequest -Secret 'bí-mật-webhook-123'))
            $requests.Add((New-ExampleWebhookRequest -Secret 'not-the-secret'))
        } else {
            $requests.Add($null)
        }
        $runs = 0
        foreach ($request in $requests) {
            $runs++
            Clear-PushedBinding
            $output = & ([scriptblock]::Create($text)) $request @{} 2>&1 | ForEach-Object { $_ }
            $errors = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            ($errors | ForEach-Object { "$_ [$($_.FullyQualifiedErrorId)]" }) -join "`n" | Should -BeNullOrEmpty
            foreach ($binding in Get-PushedBinding) { [int]$binding.Value.StatusCode | Should -Be 200 -Because 'a webhook receiver always answers 200' }
            if ($request) { @(Get-PushedBinding) | Should -Not -BeNullOrEmpty -Because 'a receiver answers every delivery' }
        }
        $runs | Should -Be $requests.Count
    }
}

Describe 'Get-KvCategory example 2' {
    It 'lists each product of the matching categories once' {
        Connect-KiotViet
        $products = @(Get-KvCategory -Name 'Cà phê*' | Get-KvProduct)
        $products | Should -Not -BeNullOrEmpty
        @($products.Id | Sort-Object -Unique).Count | Should -Be $products.Count
        Disconnect-KiotViet
    }
}
