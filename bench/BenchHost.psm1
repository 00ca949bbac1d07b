# What the benchmark scripts share on the measuring side: building the module and the sandbox, a sandbox with latency,
# and a fresh pwsh per run that prints its figures as its last line (see BenchRun.psm1, the measured side).

$script:root = Split-Path $PSScriptRoot -Parent

function Resolve-BenchBuild {
    <# The staged module and the sandbox to measure: the given paths, or this repository's Release build (built first unless -NoBuild). #>
    param([string] $Manifest, [string] $SandboxAssembly, [switch] $NoBuild)
    if (-not $NoBuild) {
        foreach ($project in 'src/KiotViet.PowerShell/KiotViet.PowerShell.csproj', 'src/KiotViet.Sandbox/KiotViet.Sandbox.csproj') {
            & dotnet build (Join-Path $script:root $project) -c Release -v quiet -nologo | Out-Null
            if ($LASTEXITCODE) { throw "Building $project failed." }
        }
    }
    [pscustomobject]@{
        Manifest = if ($Manifest) { (Resolve-Path $Manifest).Path } else { Join-Path $script:root 'out/KiotViet/KiotViet.psd1' }
        Sandbox  = if ($SandboxAssembly) { (Resolve-Path $SandboxAssembly).Path } else { Join-Path $script:root 'src/KiotViet.Sandbox/bin/Release/net10.0/KiotViet.Sandbox.dll' }
    }
}

function Start-BenchSandbox {
    <# The built sandbox in a process of its own, with a fixed latency on every request and no practical GET limit. #>
    param([string] $Assembly, [int] $Customers, [int] $LatencyMs)
    $log = [IO.Path]::GetTempFileName()
    $arguments = @($Assembly, '--urls', 'http://127.0.0.1:0', '--customers', $Customers, '--invoices', 10,
        '--get-limit', 100000000, '--latency', $LatencyMs)
    $process = Start-Process dotnet -ArgumentList $arguments -PassThru -RedirectStandardOutput $log
    $deadline = [datetime]::UtcNow.AddMinutes(2)
    while ([datetime]::UtcNow -lt $deadline) {
        if ($process.HasExited) { throw "The sandbox exited with code $($process.ExitCode): $(Get-Content $log -Raw)" }
        $match = Select-String -Path $log -Pattern 'listening on (\S+)' | Select-Object -First 1
        if ($match) { return [pscustomobject]@{ Process = $process; Api = $match.Matches[0].Groups[1].Value; Log = $log } }
        $process.WaitForExit(100) | Out-Null
    }
    Stop-BenchSandbox ([pscustomobject]@{ Process = $process; Log = $log })
    throw 'The sandbox did not start within 2 minutes.'
}

function Stop-BenchSandbox {
    param($Sandbox)
    Stop-Process -Id $Sandbox.Process.Id -Force -ErrorAction SilentlyContinue
    $Sandbox.Process.WaitForExit()
    Remove-Item $Sandbox.Log -ErrorAction SilentlyContinue
}

function Invoke-BenchExport {
    <#
    .SYNOPSIS
        Runs bench/Export-<Way>.ps1 in a fresh pwsh of the same PowerShell (a dotnet-tool pwsh runs as "dotnet pwsh.dll",
        a normal install as its own executable) and returns the figures it printed, with the GET /customers requests
        the sandbox counted during the run (Connect-KiotViet's one-row check included).
    #>
    param([ValidateSet('Naive', 'Module')] [string] $Way, [string] $Api, [string] $Manifest, [string] $Path)
    $script = Join-Path $PSScriptRoot "Export-$Way.ps1"
    $hostPath = [Environment]::ProcessPath
    [string[]] $prefix = if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') { @(Join-Path $PSHOME 'pwsh.dll') } else { @() }
    $null = Invoke-RestMethod -Method Delete -Uri "$Api/_sandbox/counters"
    $out = & $hostPath @prefix -NoProfile -NonInteractive -File $script -Api $Api -Manifest $Manifest -Path $Path
    if ($LASTEXITCODE) { throw "$script failed: $out" }
    $figures = $out | Select-Object -Last 1 | ConvertFrom-Json
    $counted = Invoke-RestMethod -Uri "$Api/_sandbox/counters?method=GET&path=/customers"
    $figures | Add-Member -NotePropertyName Requests -NotePropertyValue $counted.count -PassThru
}

Export-ModuleMember -Function Resolve-BenchBuild, Start-BenchSandbox, Stop-BenchSandbox, Invoke-BenchExport
