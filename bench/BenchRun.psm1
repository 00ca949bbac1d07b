# The measured side of a benchmark run (bench/Export-*.ps1, each in a fresh pwsh): the phases of the run, each with
# the time and the JIT time it took, and the figures printed as the run's last line. The sandbox's request counter
# is read by the measuring side (BenchHost.psm1), so a run sends nothing but its own requests.

$script:ProcessStart = [Diagnostics.Process]::GetCurrentProcess().StartTime
$script:Phases = [ordered]@{}
$script:PhaseWatch = [Diagnostics.Stopwatch]::StartNew()
$script:PhaseJitMs = [System.Runtime.JitInfo]::GetCompilationTime().TotalMilliseconds
$script:Phases.Startup = [pscustomobject]@{ Ms = ([datetime]::Now - $script:ProcessStart).TotalMilliseconds; JitMs = $script:PhaseJitMs }

function Complete-BenchPhase([string] $Name) {
    <# Records the time (and JIT time) since the previous phase ended, under this phase's name. #>
    $jitMs = [System.Runtime.JitInfo]::GetCompilationTime().TotalMilliseconds
    $script:Phases[$Name] = [pscustomobject]@{ Ms = $script:PhaseWatch.Elapsed.TotalMilliseconds; JitMs = $jitMs - $script:PhaseJitMs }
    $script:PhaseJitMs = $jitMs
    $script:PhaseWatch.Restart()
}

function Write-BenchResult {
    <#
    .SYNOPSIS
        Prints the run's figures as JSON. Expects the phases Connect (Connect-KiotViet, or the token request),
        First (listing start to the first customer in hand) and Rest (to the CSV file closed); Import is optional.
    #>
    $self = [Diagnostics.Process]::GetCurrentProcess()
    $self.Refresh()
    $p = $script:Phases
    [pscustomobject]@{
        WallMs         = $p.First.Ms + $p.Rest.Ms
        FirstMs        = $p.First.Ms
        ColdMs         = $p.Startup.Ms + ($p.Contains('Import') ? $p.Import.Ms : 0) + $p.Connect.Ms + $p.First.Ms
        PeakWorkingSet = $self.PeakWorkingSet64
        CpuMs          = $self.TotalProcessorTime.TotalMilliseconds
        Phases         = $p
    } | ConvertTo-Json -Compress -Depth 4
}

Export-ModuleMember -Function Complete-BenchPhase, Write-BenchResult
