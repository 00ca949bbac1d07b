# Processes a benchmark runs: the built sandbox on a free loopback port, and fresh pwsh processes for each run.

# A dotnet-tool pwsh runs as "dotnet pwsh.dll"; a normal install as its own executable. Returns the run's last line, parsed.
function Invoke-BenchPwsh([string] $Script, [string[]] $Arguments) {
    $pwshDll = Join-Path $PSHOME 'pwsh.dll'
    $hostPath = [Environment]::ProcessPath
    [string[]] $prefix = if ([IO.Path]::GetFileNameWithoutExtension($hostPath) -eq 'dotnet') { @($pwshDll) } else { @() }
    $out = & $hostPath @prefix -NoProfile -NonInteractive -File $Script @Arguments
    if ($LASTEXITCODE) { throw "$Script failed: $out" }
    $out | Select-Object -Last 1 | ConvertFrom-Json
}

# Starts the sandbox with these command-line options; returns Process, Api and Log. Stop it with Stop-BenchSandbox.
function Start-BenchSandbox([string] $SandboxDll, [object[]] $Options) {
    $log = [IO.Path]::GetTempFileName()
    $arguments = @($SandboxDll, '--urls', 'http://127.0.0.1:0') + $Options
    $process = Start-Process dotnet -ArgumentList $arguments -PassThru -RedirectStandardOutput $log
    $deadline = [datetime]::UtcNow.AddMinutes(2)
    while ([datetime]::UtcNow -lt $deadline) {
        if ($process.HasExited) { throw "The sandbox exited with code $($process.ExitCode): $(Get-Content $log -Raw)" }
        $match = Select-String -Path $log -Pattern 'listening on (\S+)' | Select-Object -First 1
        if ($match) { return [pscustomobject]@{ Process = $process; Api = $match.Matches[0].Groups[1].Value; Log = $log } }
        $process.WaitForExit(100) | Out-Null
    }
    Stop-Process -Id $process.Id -Force
    throw 'The sandbox did not start within 2 minutes.'
}

function Stop-BenchSandbox($Sandbox) {
    Stop-Process -Id $Sandbox.Process.Id -Force -ErrorAction SilentlyContinue
    $Sandbox.Process.WaitForExit()
    Remove-Item $Sandbox.Log -ErrorAction SilentlyContinue
}

# The last line of an import run: its wall time, the POST /customers the sandbox counted, the most requests in flight.
function Write-ImportResult([string] $Api, [Diagnostics.Stopwatch] $Watch, [int] $Created) {
    $posts = Invoke-RestMethod -Uri "$Api/_sandbox/counters?method=POST&path=/customers"
    $all = Invoke-RestMethod -Uri "$Api/_sandbox/counters"
    $self = [Diagnostics.Process]::GetCurrentProcess()
    $self.Refresh()
    [pscustomobject]@{
        WallMs         = $Watch.Elapsed.TotalMilliseconds
        Created        = $Created
        Posts          = $posts.count
        MostInFlight   = $all.mostInFlight
        PeakWorkingSet = $self.PeakWorkingSet64
        CpuMs          = $self.TotalProcessorTime.TotalMilliseconds
    } | ConvertTo-Json -Compress
}

Export-ModuleMember -Function Invoke-BenchPwsh, Start-BenchSandbox, Stop-BenchSandbox, Write-ImportResult
