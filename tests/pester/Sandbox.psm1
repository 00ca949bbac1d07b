# Starts and stops the local KiotViet sandbox for the Pester suites (real pwsh, real HTTP on loopback), and says
# which staged module a suite tests.
#
# Environment (set by tests/KiotViet.Pester.Tests when dotnet test runs the suites; all optional):
#   KIOTVIET_MODULE_MANIFEST  the staged module to test       (default out/KiotViet/KiotViet.psd1, the Release build)
#   KIOTVIET_SANDBOX_DLL      the built KiotViet.Sandbox.dll  (default: built on demand with dotnet build -c Release)
#   KIOTVIET_TEST_RUN         a marker of this test run; every sandbox inherits it, so a leftover can be found

$script:root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

function Get-KvTestModuleManifest {
    if ($env:KIOTVIET_MODULE_MANIFEST) { return $env:KIOTVIET_MODULE_MANIFEST }
    Join-Path $script:root 'out/KiotViet/KiotViet.psd1'
}

function Get-KvSandboxAssembly {
    param([string] $Configuration = 'Release')
    if ($env:KIOTVIET_SANDBOX_DLL) { return $env:KIOTVIET_SANDBOX_DLL }
    $project = Join-Path $script:root 'src/KiotViet.Sandbox/KiotViet.Sandbox.csproj'
    $dll = Join-Path $script:root "src/KiotViet.Sandbox/bin/$Configuration/net10.0/KiotViet.Sandbox.dll"
    if (-not (Test-Path $dll)) {
        & dotnet build $project --configuration $Configuration --nologo --verbosity quiet | Out-Host
        if ($LASTEXITCODE -ne 0) { throw "dotnet build of the sandbox failed with exit code $LASTEXITCODE." }
    }
    $dll
}

function Invoke-KvPwsh {
    <#
    .SYNOPSIS
        Runs a child pwsh of the same PowerShell as this one: $PSHOME/pwsh, or `dotnet $PSHOME/pwsh.dll` when this
        pwsh is the dotnet tool (whose process is dotnet, so the process path is no pwsh at all).
    #>
    param([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments)
    $native = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
    if (Test-Path $native -PathType Leaf) {
        & $native @Arguments
    } else {
        & dotnet (Join-Path $PSHOME 'pwsh.dll') @Arguments
    }
}

function Get-FreeLoopbackPort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Start-KvSandbox {
    <#
    .SYNOPSIS
        Starts the built sandbox server itself (dotnet KiotViet.Sandbox.dll, no dotnet run in between, so stopping
        the process stops the server) and waits until it answers; throws when it exits or never answers.
    #>
    [CmdletBinding()]
    param(
        [int] $Customers = 300,
        [int] $Invoices = 300,
        [timespan] $Timeout = [timespan]::FromMinutes(2),
        [string] $Retailer = 'demoshop',
        [string] $Assembly = (Get-KvSandboxAssembly),
        # The port of a sandbox stopped a moment ago, to start it again where its clients look for it.
        [int] $Port = (Get-FreeLoopbackPort)
    )

    $port = $Port
    $baseUri = "http://127.0.0.1:$port/"
    $log = Join-Path ([System.IO.Path]::GetTempPath()) "kv-sandbox-$port.log"
    $arguments = @($Assembly, '--urls', $baseUri.TrimEnd('/'), '--customers', $Customers, '--invoices', $Invoices, '--retailer', $Retailer)
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -PassThru -RedirectStandardOutput $log -RedirectStandardError "$log.err"

    $answered = $false
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    while (-not $answered -and -not $process.HasExited -and $watch.Elapsed -lt $Timeout) {
        try {
            $null = Invoke-RestMethod -Method Post -Uri "${baseUri}_sandbox/reset" -TimeoutSec 5
            $answered = $true
        } catch {
            # Not listening yet: wait for the process to exit or for the next poll, whichever comes first.
            $null = $process.WaitForExit(200)
        }
    }

    if (-not $answered) {
        $output = (Get-Content -Raw -ErrorAction SilentlyContinue $log, "$log.err") -join "`n"
        if ($process.HasExited) {
            throw "The sandbox exited with code $($process.ExitCode) before answering on $baseUri. Output: $output"
        }
        Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
        $null = $process.WaitForExit(10000)
        throw "The sandbox did not answer on $baseUri within $Timeout; it was stopped. Output: $output"
    }

    [pscustomobject]@{
        Process      = $process
        Log          = $log
        BaseUri      = $baseUri
        TokenUri     = "${baseUri}connect/token"
        Retailer     = $Retailer
        ClientId     = 'sandbox-client-id'
        ClientSecret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force
    }
}

function Stop-KvSandbox {
    <# .SYNOPSIS Stops the sandbox server and waits until its process has gone. #>
    param([Parameter(Mandatory)] $Sandbox)
    if (-not $Sandbox.Process.HasExited) {
        $Sandbox.Process.Kill($true)
    }
    $Sandbox.Process.WaitForExit()
    Remove-Item -LiteralPath $Sandbox.Log, "$($Sandbox.Log).err" -ErrorAction SilentlyContinue
}

function Connect-KvSandbox {
    param([Parameter(Mandatory)] $Sandbox)
    Connect-KiotViet -Retailer $Sandbox.Retailer -ClientId $Sandbox.ClientId -ClientSecret $Sandbox.ClientSecret -ApiBaseUri $Sandbox.BaseUri -TokenUri $Sandbox.TokenUri
}

Export-ModuleMember -Function Start-KvSandbox, Stop-KvSandbox, Connect-KvSandbox, Get-KvTestModuleManifest, Get-KvSandboxAssembly, Invoke-KvPwsh
