#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# The server restarts in the middle of an export: the connections it refuses meanwhile are retried, since it
# answered before, and the export ends with every customer exactly once.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    $script:manifest = Get-KvTestModuleManifest
    $script:sandbox = Start-KvSandbox -Customers 3000 -Invoices 1

    function Get-ListRequestCount {
        $counters = Invoke-RestMethod -Uri "$($script:sandbox.BaseUri)_sandbox/counters"
        [int]($counters.byRoute.'GET /customers')
    }
}

AfterAll {
    if ($script:sandbox) { Stop-KvSandbox $script:sandbox }
}

Describe 'An export while the server restarts' {
    It 'retries the refused connections and outputs every customer once' {
        $null = Invoke-RestMethod -Method Post -Uri "$($script:sandbox.BaseUri)_sandbox/latency" -ContentType 'application/json' -Body (@{ fixedMs = 150; jitterMs = 0; path = '/customers' } | ConvertTo-Json)
        $export = Start-ThreadJob -ArgumentList $script:manifest, $script:sandbox {
            param($Manifest, $Sandbox)
            Import-Module $Manifest -ErrorAction Stop
            # More retries than the default 4 (about 15 s of back-off): a loaded test machine may take longer to start the server again.
            Connect-KiotViet -Retailer $Sandbox.Retailer -ClientId $Sandbox.ClientId -ClientSecret $Sandbox.ClientSecret -ApiBaseUri $Sandbox.BaseUri -TokenUri $Sandbox.TokenUri -MaxRetryCount 6
            Get-KvCustomer -Verbose 4>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.VerboseRecord]) { "VERBOSE $($_.Message)" } else { $_.Id } }
        }

        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        while ((Get-ListRequestCount) -lt 5 -and $watch.Elapsed.TotalSeconds -lt 60) { Start-Sleep -Milliseconds 50 }
        $port = ([uri]$script:sandbox.BaseUri).Port
        Stop-KvSandbox $script:sandbox
        $script:sandbox = $null
        Start-Sleep -Milliseconds 1500 # longer than the first back-off: the retries meet refused connections
        $script:sandbox = Start-KvSandbox -Customers 3000 -Invoices 1 -Port $port

        $lines = @($export | Receive-Job -Wait -AutoRemoveJob -ErrorVariable failed)
        $failed | Should -BeNullOrEmpty
        $ids = @($lines | Where-Object { $_ -is [long] })
        $ids.Count | Should -Be 3000
        @($ids | Sort-Object -Unique).Count | Should -Be 3000
        $lines | Where-Object { $_ -like 'VERBOSE Waiting *retry 2 of 6.' } | Should -Not -BeNullOrEmpty -Because 'the export met refused connections while the server was down'
    }
}
