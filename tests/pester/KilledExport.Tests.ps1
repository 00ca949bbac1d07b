#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# A real pwsh exporting with -SyncState is killed part-way (as a runbook unloaded), and the same command is run again:
# the CSV ends with every customer, at most two pages of them twice, and the second run reads only what remained.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    $script:manifest = Get-KvTestModuleManifest
    $script:customers = 3000
    $script:sandbox = Start-KvSandbox -Customers $script:customers -Invoices 1

    function Get-ListRequestCount {
        $counters = Invoke-RestMethod -Uri "$($script:sandbox.BaseUri)_sandbox/counters"
        [int]($counters.byRoute.'GET /customers')
    }

    function Get-LineCount([string] $Path) {
        if (-not (Test-Path -LiteralPath $Path)) { return 0 }
        # Read while the export writes: share everything, count the line ends written so far.
        $stream = [System.IO.File]::Open($Path, 'Open', 'Read', 'ReadWrite, Delete')
        try {
            $reader = [System.IO.StreamReader]::new($stream)
            $reader.ReadToEnd().Split("`n").Count - 1
        } finally { $stream.Dispose() }
    }

    # The command a runbook would run, in a child pwsh of the same PowerShell as this one.
    $script:exportScript = Join-Path $TestDrive 'export.ps1'
    Set-Content -LiteralPath $script:exportScript -Encoding utf8 -Value @'
param($Manifest, $BaseUri, $State, $Csv)
$ErrorActionPreference = 'Stop'
Import-Module $Manifest
Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret (ConvertTo-SecureString sandbox-client-secret -AsPlainText -Force) -ApiBaseUri $BaseUri -TokenUri "${BaseUri}connect/token"
Get-KvCustomer -SyncState $State | Export-Csv -LiteralPath $Csv -Append
'@

    function Start-Export([string] $State, [string] $Csv) {
        $arguments = @('-NoProfile', '-NonInteractive', '-File', $script:exportScript, '-Manifest', $script:manifest, '-BaseUri', $script:sandbox.BaseUri, '-State', $State, '-Csv', $Csv)
        $native = Join-Path $PSHOME ($IsWindows ? 'pwsh.exe' : 'pwsh')
        $log = Join-Path $TestDrive "export-$([guid]::NewGuid().ToString('N')).log"
        if (Test-Path $native -PathType Leaf) {
            Start-Process -FilePath $native -ArgumentList $arguments -PassThru -RedirectStandardOutput $log -RedirectStandardError "$log.err"
        } else {
            Start-Process -FilePath 'dotnet' -ArgumentList (@((Join-Path $PSHOME 'pwsh.dll')) + $arguments) -PassThru -RedirectStandardOutput $log -RedirectStandardError "$log.err"
        }
    }
}

AfterAll {
    if ($script:sandbox) { Stop-KvSandbox $script:sandbox }
}

Describe 'An export killed part-way and started again with the same state' {
    It 'ends with every customer in the CSV, at most two pages twice, and reads only what remained' {
        $state = Join-Path $TestDrive 'customers.json'
        $csv = Join-Path $TestDrive 'customers.csv'
        # Slow pages, so that the kill lands in the middle of the export rather than after it.
        $null = Invoke-RestMethod -Method Post -Uri "$($script:sandbox.BaseUri)_sandbox/latency" -ContentType 'application/json' -Body (@{ fixedMs = 600; jitterMs = 0; path = '/customers' } | ConvertTo-Json)

        $first = Start-Export $state $csv
        try {
            # Killed once 40% of the customers are in the CSV (the header is a line too).
            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            while ((Get-LineCount $csv) -lt 1 + $script:customers * 0.4 -and -not $first.HasExited -and $watch.Elapsed.TotalMinutes -lt 3) {
                $null = $first.WaitForExit(50)
            }
            $first.HasExited | Should -BeFalse -Because "the export is killed while it runs (it wrote $(Get-LineCount $csv) lines; $(Get-Content -Raw "$TestDrive/*.log*"))"
        } finally {
            $first.Kill($true)
            $first.WaitForExit()
        }
        # A kill can cut Export-Csv's last line mid-write: drop it before running again, as -SyncState's help says.
        $text = [System.IO.File]::ReadAllText($csv)
        if (-not $text.EndsWith("`n")) { [System.IO.File]::WriteAllText($csv, $text.Substring(0, $text.LastIndexOf("`n") + 1)) }
        $linesAtKill = Get-LineCount $csv
        $linesAtKill | Should -BeLessThan (1 + $script:customers)
        Test-Path -LiteralPath $state | Should -BeTrue -Because 'the first, full run records its progress as it goes'

        $null = Invoke-RestMethod -Method Post -Uri "$($script:sandbox.BaseUri)_sandbox/latency" -ContentType 'application/json' -Body (@{ fixedMs = 0; jitterMs = 0; path = '/customers' } | ConvertTo-Json)
        $null = Invoke-RestMethod -Method Delete -Uri "$($script:sandbox.BaseUri)_sandbox/counters"
        $second = Start-Export $state $csv
        try {
            $second.WaitForExit(180000) | Should -BeTrue -Because 'the second run completes'
        } finally {
            if (-not $second.HasExited) { $second.Kill($true) }
            $second.WaitForExit()
        }
        $second.ExitCode | Should -Be 0
        $resumedRequests = Get-ListRequestCount

        $rows = @(Import-Csv -LiteralPath $csv)
        $ids = @($rows | ForEach-Object { [long]$_.Id })
        @($ids | Sort-Object -Unique).Count | Should -Be $script:customers -Because 'every customer reaches the CSV'
        $repeated = $ids.Count - $script:customers
        $repeated | Should -BeLessOrEqual 200 -Because 'at most two pages are output again after a kill'
        @($rows | Where-Object { -not $_.Code -or -not $_.Name }) | Should -BeNullOrEmpty -Because 'no row is cut in half'
        # A full run reads 31 pages; the second run only what remained after the last saved page.
        $fullRun = [math]::Ceiling(($script:customers - 100) / 99) + 1
        $resumedRequests | Should -BeLessThan ($fullRun * 0.75)
        Write-Host "Killed at $($linesAtKill - 1) rows in the CSV; the second run sent $resumedRequests list requests (a full run $fullRun); $repeated rows twice."
        (Get-Content -Raw -LiteralPath $state) | Should -Not -Match '"progress"' -Because 'the completed run leaves no progress behind'
    }
}
