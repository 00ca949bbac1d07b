#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Invoices, payments and orders written from a real pwsh, from parameters and from Import-Csv: -WhatIf sends nothing
# (by the sandbox's counters), refusals keep their row, and under a seeded fault mix every row is written once.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    Import-Module (Get-KvTestModuleManifest) -Force
    $script:sandbox = Start-KvSandbox -Customers 40 -Invoices 200
    Connect-KiotViet -Retailer $script:sandbox.Retailer -ClientId $script:sandbox.ClientId -ClientSecret $script:sandbox.ClientSecret `
        -ApiBaseUri $script:sandbox.BaseUri -TokenUri $script:sandbox.TokenUri -InitialRetryDelay ([timespan]::FromMilliseconds(20)) -MaxRetryCount 8
    $script:control = "$($script:sandbox.BaseUri)_sandbox"

    function Get-RequestCount([string] $Method, [string] $Path) {
        (Invoke-RestMethod -Uri "$script:control/counters?method=$Method&path=$Path").count
    }
}

AfterAll {
    Disconnect-KiotViet
    if ($script:sandbox) { Stop-KvSandbox $script:sandbox }
}

Describe 'New-KvInvoice and New-KvPayment' {
    BeforeAll {
        $null = Invoke-RestMethod -Method Delete -Uri "$script:control/counters"
        $script:branch = @(Get-KvBranch)[0].Id
        $lines = Join-Path $TestDrive 'lines.csv'
        @([pscustomobject]@{ ProductCode = 'SP000001'; Quantity = 2; Price = 45000 }, [pscustomobject]@{ ProductCode = 'SP000002'; Quantity = 1; Price = 30000 }) |
            Export-Csv -Path $lines -Encoding utf8BOM -NoTypeInformation
        New-KvInvoice -BranchId $script:branch -Line (Import-Csv $lines) -WhatIf
        $script:invoice = Get-KvCustomer -First 1 | New-KvInvoice -BranchId $script:branch -Line (Import-Csv $lines) -TotalPayment 20000
    }

    It 'sends nothing with -WhatIf and creates the invoice once from the CSV lines' {
        Get-RequestCount POST /invoices | Should -Be 1
        $script:invoice.Total | Should -Be 120000
        $script:invoice.TotalPayment | Should -Be 20000
    }

    It 'refuses a payment over what is owed before sending, then pays the rest' {
        New-KvPayment -InvoiceId $script:invoice.Id -Amount 100001 -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused | Should -HaveCount 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'KiotVietInvalidPayment,*'
        Get-RequestCount POST /payments | Should -Be 0

        $payment = Get-KvInvoice -Id $script:invoice.Id | New-KvPayment -Remaining -Method Card
        $payment.Amount | Should -Be 100000
        (Get-KvInvoice -Id $script:invoice.Id).TotalPayment | Should -Be 120000
    }
}

Describe 'Import-Csv | New-KvPayment under a seeded fault mix' {
    BeforeAll {
        $open = @(Get-KvInvoice -Status InProgress | Where-Object { $_.Total -gt $_.TotalPayment -and $_.Total -ge 2000 })
        $script:ids = $open.Id
        $csv = Join-Path $TestDrive 'payments.csv'
        $open | ForEach-Object { [pscustomobject]@{ InvoiceId = $_.Id; Amount = 1000; Method = 'Transfer' } } | Export-Csv -Path $csv -NoTypeInformation
        $mix = @{ seed = 13; unavailable = 0.10; rateLimitedWithoutRetryAfter = 0.05; dropBeforeCommit = 0.02; dropAfterCommit = 0.04
                  gatewayErrorAfterCommit = 0.04; tokenExpiry = 0.01; retryAfterSeconds = 0 }
        $null = Invoke-RestMethod -Method Post -Uri "$script:control/faultmix" -ContentType 'application/json' -Body ($mix | ConvertTo-Json)
        $script:paid = @(Import-Csv $csv | New-KvPayment -ErrorVariable failed)
        $script:failed = $failed
        $script:injected = (Invoke-RestMethod -Uri "$script:control/faultmix").injected
        $null = Invoke-RestMethod -Method Delete -Uri "$script:control/faultmix"
    }

    It 'met answers lost after the server saved the write' {
        $script:ids.Count | Should -BeGreaterThan 10
        $script:injected.DropAfterCommit + $script:injected.GatewayErrorAfterCommit | Should -BeGreaterThan 0
    }

    It 'records every row exactly once' {
        $script:failed | Should -BeNullOrEmpty
        $script:paid | Should -HaveCount $script:ids.Count
        foreach ($id in $script:ids) {
            $invoice = Get-KvInvoice -Id $id
            $invoice.TotalPayment | Should -Be 1000
            @($invoice.Payments) | Should -HaveCount 1
        }
    }
}

Describe 'Set-KvOrder and Remove-KvOrder' {
    BeforeAll {
        $null = Invoke-RestMethod -Method Delete -Uri "$script:control/counters"
        $script:orders = @(Get-KvOrder -Status 1 -First 3)
        $script:orders | Remove-KvOrder -VoidPayment -WhatIf
        $csv = Join-Path $TestDrive 'orders.csv'
        $script:orders | Select-Object Id, @{ n = 'Description'; e = { "Giao lại $($_.Code)" } } | Export-Csv -Path $csv -Encoding utf8BOM -NoTypeInformation
        $script:updated = @(Import-Csv $csv | Set-KvOrder -PassThru)
        $script:cancelled = @($script:orders | Remove-KvOrder -VoidPayment -Confirm:$false -PassThru)
    }

    It 'sends no cancel with -WhatIf' {
        Get-RequestCount DELETE /orders | Should -Be $script:orders.Count
    }

    It 'updates each order from its CSV row, then cancels it' {
        $script:updated.Description | Should -Be ($script:orders | ForEach-Object { "Giao lại $($_.Code)" })
        $script:cancelled.StatusValue | Should -Be ($script:orders | ForEach-Object { 'Đã hủy' })
    }
}
