# What both export runs share: the sandbox's request counter and the figures each run prints as its last line.

$script:ProcessStart = [Diagnostics.Process]::GetCurrentProcess().StartTime

function Reset-BenchCounter([string] $Api) {
    $null = Invoke-RestMethod -Method Delete -Uri "$Api/_sandbox/counters"
}

function Write-BenchResult([string] $Api, [Diagnostics.Stopwatch] $Watch, [timespan] $First, [datetime] $FirstAt) {
    $counted = Invoke-RestMethod -Uri "$Api/_sandbox/counters?method=GET&path=/customers"
    $self = [Diagnostics.Process]::GetCurrentProcess()
    $self.Refresh()
    [pscustomobject]@{
        WallMs         = $Watch.Elapsed.TotalMilliseconds
        FirstMs        = $First.TotalMilliseconds
        ColdMs         = ($FirstAt - $script:ProcessStart).TotalMilliseconds
        Requests       = $counted.count
        PeakWorkingSet = $self.PeakWorkingSet64
        CpuMs          = $self.TotalProcessorTime.TotalMilliseconds
    } | ConvertTo-Json -Compress
}

Export-ModuleMember -Function Reset-BenchCounter, Write-BenchResult
