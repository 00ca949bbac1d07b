#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# A bulk write stopped with rows in flight (a command further down that wants no more, Ctrl+C): every row that
# reached KiotViet is told to the user, in a real pwsh whose host prints it.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    $script:manifest = Get-KvTestModuleManifest
    $script:sandbox = Start-KvSandbox -Customers 5 -Invoices 1

    # Runs a script in a child pwsh connected to the sandbox (its writes slowed so that several are in flight) and
    # returns what its host printed and the customers it created.
    function Invoke-SlowWrites([string] $Script, [string] $SlowPath = '/customers', [int] $LatencyMs = 150) {
        $control = "$($script:sandbox.BaseUri)_sandbox"
        $null = Invoke-RestMethod -Method Post -Uri "$control/reset"
        $null = Invoke-RestMethod -Method Post -Uri "$control/latency" -ContentType 'application/json' -Body (@{ fixedMs = $LatencyMs; jitterMs = 0; path = $SlowPath } | ConvertTo-Json)
        $connect = "Import-Module '$script:manifest' -ErrorAction Stop; Connect-KiotViet -Retailer $($script:sandbox.Retailer) -ClientId $($script:sandbox.ClientId) " +
            "-ClientSecret (ConvertTo-SecureString 'sandbox-client-secret' -AsPlainText -Force) -ApiBaseUri $($script:sandbox.BaseUri) -TokenUri $($script:sandbox.TokenUri)"
        $rows = '$rows = 1..40 | ForEach-Object { [pscustomobject]@{ Name = "Khách dừng $_"; Phone = (''0977{0:D6}'' -f $_) } }'
        $setup = Join-Path $TestDrive 'setup.ps1'
        Set-Content -LiteralPath $setup -Value $connect, $rows -Encoding utf8
        $printed = Invoke-KvPwsh -NoProfile -NonInteractive -Command $Script.Replace('<setup>', $setup).Replace('<control>', $control) 2>&1 | Out-String
        $null = Invoke-RestMethod -Method Post -Uri "$control/latency" -ContentType 'application/json' -Body (@{ fixedMs = 0; jitterMs = 0 } | ConvertTo-Json)
        $shop = Invoke-RestMethod -Uri "$($script:sandbox.BaseUri)customers?pageSize=100" -Headers @{ Retailer = $script:sandbox.Retailer; Authorization = "Bearer $(Get-SandboxToken)" }
        [pscustomobject]@{ Printed = $printed; Created = @($shop.data | Where-Object name -like 'Khách dừng *') }
    }

    function Get-SandboxToken {
        $body = @{ client_id = $script:sandbox.ClientId; client_secret = 'sandbox-client-secret'; grant_type = 'client_credentials'; scopes = 'PublicApi.Access' }
        (Invoke-RestMethod -Method Post -Uri $script:sandbox.TokenUri -Body $body).access_token
    }
}

AfterAll {
    if ($script:sandbox) { Stop-KvSandbox $script:sandbox }
}

Describe 'A bulk write stopped with rows in flight' {
    It 'tells each row created but not output when Select-Object -First stops it' {
        $run = Invoke-SlowWrites @'
. '<setup>'
$out = $rows | New-KvCustomer -BatchSize 1 | Select-Object -First 3
"OUTPUT $($out.Count)"
'@

        $run.Printed | Should -Match 'OUTPUT 3'
        $run.Created.Count | Should -BeGreaterThan 3 -Because 'four writes are in flight by default, so rows after the third were sent'
        $run.Printed | Should -Match "New-KvCustomer stopped with $($run.Created.Count - 3) row\(s\) whose outcome was not output"
        foreach ($customer in $run.Created | Where-Object { [int]($_.name -replace '\D') -gt 3 }) {
            $run.Printed | Should -Match ([regex]::Escape("'$($customer.name)': created (id $($customer.id))."))
        }
        $run.Printed | Should -Match 'with -SkipExisting'
    }

    It 'tells the rows in flight when Ctrl+C stops it, and no other row reaches KiotViet' {
        # A runspace on this shell's own host, stopped as Ctrl+C stops a command: what the module tells the host is printed.
        $run = Invoke-SlowWrites @'
$runspace = [runspacefactory]::CreateRunspace($Host)
$runspace.Open()
$shell = [powershell]::Create()
$shell.Runspace = $runspace
$null = $shell.AddScript(". '<setup>'; `$rows | New-KvCustomer -BatchSize 1")
$output = [System.Management.Automation.PSDataCollection[psobject]]::new()
$running = $shell.BeginInvoke([System.Management.Automation.PSDataCollection[psobject]] $null, $output)
$watch = [System.Diagnostics.Stopwatch]::StartNew()
while ($output.Count -lt 6 -and $watch.Elapsed.TotalSeconds -lt 60) { Start-Sleep -Milliseconds 10 }
$shell.Stop()
"OUTPUT $($output.Count) $($shell.InvocationStateInfo.State)"
'@

        $run.Printed | Should -Match 'OUTPUT (\d+) Stopped'
        $output = [int]([regex]::Match($run.Printed, 'OUTPUT (\d+)').Groups[1].Value)
        $output | Should -BeGreaterOrEqual 6
        $unreported = $run.Created.Count - $output
        $unreported | Should -BeLessOrEqual 4 -Because 'only the rows in flight when it stopped may have reached KiotViet'
        $told = [regex]::Match($run.Printed, 'stopped with (\d+) row\(s\)')
        $told.Success | Should -BeTrue -Because 'rows were in flight when Ctrl+C came'
        [int]$told.Groups[1].Value | Should -BeGreaterOrEqual $unreported
        foreach ($customer in $run.Created | Where-Object { [int]($_.name -replace '\D') -gt $output }) {
            $run.Printed | Should -Match ([regex]::Escape("'$($customer.name)': "))
        }
    }

    It 'tells the rows of a batch in flight when Ctrl+C stops it' {
        $run = Invoke-SlowWrites -SlowPath '/listaddcutomers' -LatencyMs 3000 @'
$runspace = [runspacefactory]::CreateRunspace($Host)
$runspace.Open()
$shell = [powershell]::Create()
$shell.Runspace = $runspace
$null = $shell.AddScript(". '<setup>'; `$rows | New-KvCustomer")
$running = $shell.BeginInvoke()
# Stop once Connect-KiotViet's check of the shop is answered and the batch is the request in flight.
$watch = [System.Diagnostics.Stopwatch]::StartNew()
do { Start-Sleep -Milliseconds 50; $counters = Invoke-RestMethod -Uri '<control>/counters' } until (($counters.byRoute.'GET /customers' -ge 1 -and $counters.inFlight -ge 1) -or $watch.Elapsed.TotalSeconds -gt 60)
$shell.Stop()
"STATE $($shell.InvocationStateInfo.State)"
'@

        $run.Printed | Should -Match 'STATE Stopped'
        $run.Printed | Should -Match ([regex]::Escape("New-KvCustomer stopped with 40 row(s) whose outcome was not output:"))
        $run.Printed | Should -Match ([regex]::Escape("40 rows from 'Khách dừng 1' to 'Khách dừng 40': stopped while their batch was in flight; KiotViet may have saved them."))
        $run.Created.Count | Should -Be 0 -Because 'the batch was cancelled during its latency, before the shop saved it'
    }
}
