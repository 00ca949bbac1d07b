#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# A CSV import, update and delete under a seeded fault mix, as a user runs them: every row written exactly once.

BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    Import-Module (Get-KvTestModuleManifest) -Force
    $script:sandbox = Start-KvSandbox -Customers 50 -Invoices 10
    # Tiny retry delays and more retries: a fifth of all requests meet a fault.
    Connect-KiotViet -Retailer $script:sandbox.Retailer -ClientId $script:sandbox.ClientId -ClientSecret $script:sandbox.ClientSecret `
        -ApiBaseUri $script:sandbox.BaseUri -TokenUri $script:sandbox.TokenUri -InitialRetryDelay ([timespan]::FromMilliseconds(20)) -MaxRetryCount 8
    $script:control = "$($script:sandbox.BaseUri)_sandbox"

    function Start-FaultMix([int] $Seed) {
        $mix = @{ seed = $Seed; unavailable = 0.10; rateLimitedWithRetryAfter = 0.025; rateLimitedWithoutRetryAfter = 0.025
                  dropBeforeCommit = 0.02; dropAfterCommit = 0.02; gatewayErrorAfterCommit = 0.02; tokenExpiry = 0.01; retryAfterSeconds = 0 }
        $null = Invoke-RestMethod -Method Post -Uri "$script:control/faultmix" -ContentType 'application/json' -Body ($mix | ConvertTo-Json)
    }

    function Stop-FaultMix {
        $injected = (Invoke-RestMethod -Uri "$script:control/faultmix").injected
        $null = Invoke-RestMethod -Method Delete -Uri "$script:control/faultmix"
        $injected
    }

    function Get-Summary($Information) {
        ($Information | Where-Object Tags -Contains 'KiotViet.Summary').MessageData
    }
}

AfterAll {
    Disconnect-KiotViet
    if ($script:sandbox) { Stop-KvSandbox $script:sandbox }
}

Describe 'Import-Csv | New-KvCustomer under a seeded fault mix' {
    BeforeAll {
        $script:csv = Join-Path $TestDrive 'leads.csv'
        1..300 | ForEach-Object {
            [pscustomobject]@{ Name = "Khách Pester $_"; Phone = '0933{0:D6}' -f $_; Email = "pester$_@example.vn" }
        } | Export-Csv -Path $script:csv -Encoding utf8BOM -NoTypeInformation

        Start-FaultMix -Seed 11
        $script:created = @(Import-Csv $script:csv | New-KvCustomer -ErrorVariable failed -InformationVariable info)
        $script:failed = $failed
        $script:summary = Get-Summary $info
        $script:injected = Stop-FaultMix
        $script:stored = @(Get-KvCustomer -Name 'Khách Pester')
    }

    It 'met answers lost after the server saved the write' {
        $script:injected.DropAfterCommit + $script:injected.GatewayErrorAfterCommit | Should -BeGreaterThan 0
    }

    It 'writes every row exactly once' {
        $script:stored | Should -HaveCount 300
        ($script:stored.ContactNumber | Sort-Object -Unique) | Should -HaveCount 300
    }

    It 'outputs every created customer once and reports no failure' {
        ($script:created.Id | Sort-Object -Unique) | Should -HaveCount 300
        $script:failed | Should -HaveCount 0
        $script:summary.Written | Should -Be 300
        $script:summary.Rows | Should -Be 300
    }

    It 'creates nothing when run again with -SkipExisting' {
        Start-FaultMix -Seed 12
        $again = @(Import-Csv $script:csv | New-KvCustomer -SkipExisting -InformationVariable info)
        $null = Stop-FaultMix
        $again | Should -HaveCount 0
        (Get-Summary $info).SkippedExisting | Should -Be 300
        @(Get-KvCustomer -Name 'Khách Pester') | Should -HaveCount 300
    }

    It 'updates and then deletes every row exactly once' {
        Start-FaultMix -Seed 13
        $updated = @($script:stored | Set-KvCustomer -Comments 'Pester' -PassThru -InformationVariable info)
        $script:stored | Remove-KvCustomer -Confirm:$false -InformationVariable removed
        $null = Stop-FaultMix
        $updated | Should -HaveCount 300
        (Get-Summary $info).Written | Should -Be 300
        (Get-Summary $removed).Written | Should -Be 300
        @(Get-KvCustomer -Name 'Khách Pester') | Should -HaveCount 0
    }
}

Describe 'Import-Csv | New-KvCustomer with four writes in flight over a slow network' {
    BeforeAll {
        $script:csv = Join-Path $TestDrive 'ordered.csv'
        1..60 | ForEach-Object {
            [pscustomobject]@{ Name = "Khách thứ tự $_"; Phone = '0944{0:D6}' -f $_; Email = if ($_ -eq 30) { 'not-an-email' } else { "thutu$_@example.vn" } }
        } | Export-Csv -Path $script:csv -Encoding utf8BOM -NoTypeInformation
        $latency = @{ fixedMs = 5; jitterMs = 60; path = '/customers' } | ConvertTo-Json
        $null = Invoke-RestMethod -Method Post -Uri "$script:control/latency" -ContentType 'application/json' -Body $latency
        $null = Invoke-RestMethod -Method Delete -Uri "$script:control/counters"
        $script:created = @(Import-Csv $script:csv | New-KvCustomer -BatchSize 1 -ErrorVariable failed -ErrorAction SilentlyContinue -InformationVariable info)
        $script:failed = $failed
        $script:summary = Get-Summary $info
        $script:mostInFlight = (Invoke-RestMethod -Uri "$script:control/counters").mostInFlight
        $null = Invoke-RestMethod -Method Post -Uri "$script:control/latency" -ContentType 'application/json' -Body (@{ fixedMs = 0; path = '/customers' } | ConvertTo-Json)
    }

    It 'kept several writes in flight' {
        $script:mostInFlight | Should -BeGreaterOrEqual 4
    }

    It 'outputs the created customers in the order of the file, and the bad row where it was' {
        $script:created.Name | Should -Be (1..60 | Where-Object { $_ -ne 30 } | ForEach-Object { "Khách thứ tự $_" })
        $script:failed | Should -HaveCount 1
        $script:failed[0].TargetObject.Name | Should -Be 'Khách thứ tự 30'
        $script:summary.Written | Should -Be 59
        $script:summary.Refused | Should -Be 1
    }
}
