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

Describe 'Orders with their delivery from a vi-VN CSV' {
    BeforeAll {
        $null = Invoke-RestMethod -Method Delete -Uri "$script:control/counters"
        # As Excel saves it under Vietnamese regional settings: semicolons, "15.000" for fifteen thousand, "1,5" for one and a half.
        $csv = Join-Path $TestDrive 'shop-orders.csv'
        @(
            'OrderRef;ProductCode;Quantity;Price;Receiver;Phone;Address;Ward;District;Fee;Weight;Channel'
            'PC-1;SP000001;2;45.000;Trần Thị Bích;0912345678;12 Hàng Bạc;Phường Hàng Bạc;Hà Nội - Quận Hoàn Kiếm;15.000;1,5;Facebook'
            'PC-1;SP000002;1;120.000;Trần Thị Bích;0912345678;12 Hàng Bạc;Phường Hàng Bạc;Hà Nội - Quận Hoàn Kiếm;15.000;1,5;Facebook'
            'PC-2;SP000003;3;30.000;Lê Văn Cường;0987654321;5 Lê Lợi;Phường Bến Nghé;Hồ Chí Minh - Quận 1;20.000;0,8;Shopee'
            'PC-3;SP000004;1;10.000;Không Kênh;0900000000;1 Ngõ Huế;;Hà Nội - Quận Hai Bà Trưng;0;0,2;Kênh lạ'
        ) | Set-Content -Path $csv -Encoding utf8BOM
        $script:branch = @(Get-KvBranch)[0].Id
        $culture = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo('vi-VN')
            function Send-Orders { [CmdletBinding()] param([switch] $WhatIf)
                Import-Csv $csv -Delimiter ';' | Group-Object OrderRef | ForEach-Object {
                    $first = $_.Group[0]
                    New-KvOrder -BranchId $script:branch -Line $_.Group -SaleChannel $first.Channel -DeliveryReceiver $first.Receiver `
                        -DeliveryPhone $first.Phone -DeliveryAddress $first.Address -DeliveryWard $first.Ward -DeliveryLocation $first.District `
                        -DeliveryFee $first.Fee -DeliveryWeight $first.Weight -WhatIf:$WhatIf
                }
            }
            Send-Orders -WhatIf -ErrorAction SilentlyContinue
            $script:afterWhatIf = Get-RequestCount POST /orders
            $script:created = @(Send-Orders -ErrorVariable refused -ErrorAction SilentlyContinue)
            $script:refused = $refused
        } finally { [cultureinfo]::CurrentCulture = $culture }
    }

    It 'sends nothing with -WhatIf' {
        $script:afterWhatIf | Should -Be 0
    }

    It 'creates each order once with its lines, delivery and channel read as vi-VN writes them' {
        $script:created | Should -HaveCount 2
        Get-RequestCount POST /orders | Should -Be 2
        $first = Get-KvOrder -Id $script:created[0].Id
        $first.Total | Should -Be 210000
        $first.Delivery.Receiver | Should -Be 'Trần Thị Bích'
        $first.Delivery.Address | Should -Be '12 Hàng Bạc'
        $first.Delivery.LocationName | Should -Be 'Hà Nội - Quận Hoàn Kiếm'
        $first.Delivery.Price | Should -Be 15000
        $first.Delivery.Weight | Should -Be 1.5
        $first.SaleChannelId | Should -Be (Get-KvSaleChannel | Where-Object Name -eq 'Facebook').Id
        (Get-KvOrder -Id $script:created[1].Id).Delivery.Price | Should -Be 20000
    }

    It 'refuses the order naming a channel the shop does not have, before sending it' {
        $script:refused | Should -HaveCount 1
        $script:refused[0].FullyQualifiedErrorId | Should -BeLike 'KiotVietInvalidOrder,*'
        $script:refused[0].Exception.Message | Should -BeLike "*Kênh lạ*"
    }
}
