#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }

BeforeAll {
    $root = Resolve-Path (Join-Path $PSScriptRoot '../..')
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    Import-Module (Get-KvTestModuleManifest) -Force
    $script:sandbox = Start-KvSandbox -Customers 300
    Connect-KvSandbox $script:sandbox
}

AfterAll {
    Disconnect-KiotViet
    if ($script:sandbox) { Stop-KvSandbox $script:sandbox }
}

Describe 'Get-KvCustomer | Export-Csv' {
    BeforeAll {
        $script:csv = Join-Path $TestDrive 'customers.csv'
        Get-KvCustomer | Export-Csv -Path $script:csv -Encoding utf8BOM -NoTypeInformation
        $script:rows = Import-Csv -Path $script:csv -Encoding utf8BOM
    }

    It 'exports every customer once' {
        $script:rows | Should -HaveCount 300
        ($script:rows.Id | Sort-Object -Unique) | Should -HaveCount 300
    }

    It 'writes no type names into any cell' {
        foreach ($row in $script:rows) {
            foreach ($property in $row.PSObject.Properties) {
                $property.Value | Should -Not -Match '^(System|KiotViet)\.'
            }
        }
    }

    It 'keeps Vietnamese text intact' {
        ($script:rows.Name -join ' ') | Should -Match '[ăâđêôơưĂÂĐÊÔƠƯ]'
    }

    It 'writes dates that parse back' {
        $script:rows[0].CreatedDate | Should -Not -BeNullOrEmpty
        { [datetimeoffset]::Parse($script:rows[0].CreatedDate, [cultureinfo]::InvariantCulture) } | Should -Not -Throw
    }
}

Describe 'Paging' {
    It 'stops requesting when Select-Object -First is satisfied' {
        $customers = Get-KvCustomer -PageSize 10 | Select-Object -First 5
        $customers | Should -HaveCount 5
    }

    It 'pushes -First down into the request' {
        Get-KvCustomer -First 3 | Should -HaveCount 3
    }
}

Describe 'Writes' {
    It 'creates customers from CSV rows and reports the bad row' {
        $csv = Join-Path $TestDrive 'leads.csv'
        @(
            [pscustomobject]@{ Name = 'Lê Thị Hoa'; Phone = '0901234567'; Email = 'hoa@example.vn' }
            [pscustomobject]@{ Name = 'Sai Email'; Phone = '0901234568'; Email = 'not-an-email' }
        ) | Export-Csv -Path $csv -Encoding utf8BOM

        $created = Import-Csv $csv | New-KvCustomer -ErrorVariable rowErrors -ErrorAction SilentlyContinue

        $created | Should -HaveCount 1
        $rowErrors | Should -HaveCount 1
        $rowErrors[0].TargetObject.Name | Should -Be 'Sai Email'
        $rowErrors[0].FullyQualifiedErrorId | Should -BeLike 'KiotVietInvalidCustomer,*'
    }

    It 'accounts for every row of a Vietnamese Excel file: rows that do not read are refused naming the row and the field, and counted' -TestCases @(
        @{ Culture = 'vi-VN' }, @{ Culture = 'en-US' }, @{ Culture = '' }
    ) {
        param($Culture)
        $csv = Join-Path $TestDrive "leads-$Culture.csv"
        $stamp = Get-Random -Maximum 999999
        @(
            "Name;Phone;Gender;BirthDate;GroupId"
            "Trần Văn An;0903$('{0:D6}' -f $stamp);Nam;1990-03-15;"
            "Lê Thị Bình;0904$('{0:D6}' -f $stamp);robot;;"
            ";0905$('{0:D6}' -f $stamp);;;"
            "Phạm Chi;0906$('{0:D6}' -f $stamp);Nữ;1990-02-31;"
            "Đỗ Dũng;0907$('{0:D6}' -f $stamp);;;nhóm"
        ) | Set-Content -Path $csv -Encoding utf8BOM
        $before = [cultureinfo]::CurrentCulture
        [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo($Culture)
        try {
            $created = Import-Csv $csv -Delimiter ';' |
                New-KvCustomer -ErrorVariable rowErrors -ErrorAction SilentlyContinue -InformationVariable info
        }
        finally { [cultureinfo]::CurrentCulture = $before }

        $created | Should -HaveCount 1
        $rowErrors | Should -HaveCount 4
        $rowErrors | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'KiotVietInvalidRow,*' }
        $rowErrors[0].Exception.Message | Should -Match "-Gender: 'robot' is not a gender"
        $rowErrors[1].Exception.Message | Should -Match '-Name: The value is empty'
        $rowErrors[2].Exception.Message | Should -Match '-BirthDate:'
        $rowErrors[3].Exception.Message | Should -Match "-GroupId: 'nhóm' is not a numeric id"
        $rowErrors[2].TargetObject.Name | Should -Be 'Phạm Chi'
        ($info | Where-Object Tags -Contains 'KiotViet.Summary').MessageData.ToString() |
            Should -Be 'New-KvCustomer: 5 row(s): 1 created, 0 skipped as existing, 4 refused, 0 failed.'
    }

    It 'updates a piped customer and returns it with -PassThru' {
        $code = (Get-KvCustomer -First 1).Code
        $updated = Get-KvCustomer -Code $code | Set-KvCustomer -Email 'moi@example.vn' -PassThru
        $updated.Email | Should -Be 'moi@example.vn'
        (Get-KvCustomer -Code $code).Email | Should -Be 'moi@example.vn'
    }

    It 'sends nothing with -WhatIf' {
        $before = @(Get-KvCustomer).Count
        New-KvCustomer -Name 'Chỉ Thử' -WhatIf
        @(Get-KvCustomer).Count | Should -Be $before
    }
}

Describe 'Invoices' {
    It 'exports one row per invoice line' {
        $csv = Join-Path $TestDrive 'lines.csv'
        Get-KvInvoice -First 20 -ExpandLines | Export-Csv -Path $csv -Encoding utf8BOM
        $rows = Import-Csv $csv
        $rows.Count | Should -BeGreaterThan 0
        $rows[0].PSObject.Properties.Name | Should -Contain 'InvoiceCode'
        $rows[0].PSObject.Properties.Name | Should -Contain 'ProductCode'
    }

    It 'summarises lines in the invoice CSV instead of writing a type name' {
        $csv = Join-Path $TestDrive 'invoices.csv'
        Get-KvInvoice -First 20 | Export-Csv -Path $csv -Encoding utf8BOM
        (Import-Csv $csv).Lines | Should -Not -Match '^(System|KiotViet)\.'
    }
}
