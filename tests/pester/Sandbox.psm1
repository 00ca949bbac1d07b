# Starts and stops the local KiotViet sandbox for the Pester suites (real pwsh, real HTTP on loopback).

function Get-FreeLoopbackPort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Start-KvSandbox {
    [CmdletBinding()]
    param(
        [int] $Customers = 300,
        [int] $Invoices = 300
    )

    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    $project = Join-Path $root 'src/KiotViet.Sandbox/KiotViet.Sandbox.csproj'
    $port = Get-FreeLoopbackPort
    $baseUri = "http://127.0.0.1:$port/"
    $arguments = @('run', '--project', $project, '--no-launch-profile', '--', '--urls', $baseUri.TrimEnd('/'), '--customers', $Customers, '--invoices', $Invoices)
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -PassThru -RedirectStandardOutput (Join-Path ([System.IO.Path]::GetTempPath()) "kv-sandbox-$port.log")

    $deadline = [datetime]::UtcNow.AddMinutes(3)
    while ([datetime]::UtcNow -lt $deadline) {
        if ($process.HasExited) { throw "The sandbox exited with code $($process.ExitCode)." }
        try {
            $null = Invoke-RestMethod -Method Post -Uri "${baseUri}_sandbox/reset" -TimeoutSec 2
            break
        } catch {
            Start-Sleep -Milliseconds 500
        }
    }

    [pscustomobject]@{
        Process      = $process
        BaseUri      = $baseUri
        TokenUri     = "${baseUri}connect/token"
        Retailer     = 'demoshop'
        ClientId     = 'sandbox-client-id'
        ClientSecret = ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force
    }
}

function Stop-KvSandbox {
    param([Parameter(Mandatory)] $Sandbox)
    if (-not $Sandbox.Process.HasExited) {
        # 'dotnet run' starts the sandbox as a child process: end the whole tree, or the sandbox outlives the run.
        $Sandbox.Process.Kill($true)
        $Sandbox.Process.WaitForExit()
    }
}

function Connect-KvSandbox {
    param([Parameter(Mandatory)] $Sandbox)
    Connect-KiotViet -Retailer $Sandbox.Retailer -ClientId $Sandbox.ClientId -ClientSecret $Sandbox.ClientSecret -ApiBaseUri $Sandbox.BaseUri -TokenUri $Sandbox.TokenUri
}

Export-ModuleMember -Function Start-KvSandbox, Stop-KvSandbox, Connect-KvSandbox
