#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
# Products with units, variants, images and VAT imported from a CSV saved under Vietnamese regional settings, on the
# real pwsh: -WhatIf sends nothing, each product is created once (its units after their base), the reads show the
# family's units, the attributes and images; an update CSV sends only what differs.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'Sandbox.psm1') -Force
    Import-Module (Get-KvTestModuleManifest) -Force
    $script:sandbox = Start-KvSandbox -Customers 5 -Invoices 5
    Connect-KiotViet -Retailer $script:sandbox.Retailer -ClientId $script:sandbox.ClientId -ClientSecret $script:sandbox.ClientSecret `
        -ApiBaseUri $script:sandbox.BaseUri -TokenUri $script:sandbox.TokenUri -InitialRetryDelay ([timespan]::FromMilliseconds(20)) -MaxRetryCount 8
    $script:control = "$($script:sandbox.BaseUri)_sandbox"

    function Get-RequestCount([string] $Method, [string] $Path) {
        (Invoke-RestMethod -Uri "$script:control/counters?method=$Method&path=$Path").count
    }

    function Invoke-InVietnamese([scriptblock] $Script) {
        $culture = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo('vi-VN')
            & $Script
        } finally { [cultureinfo]::CurrentCulture = $culture }
    }
}

AfterAll {
    Disconnect-KiotViet
    if ($script:sandbox) { Stop-KvSandbox $script:sandbox }
}

Describe 'Import-Csv | New-KvProduct with units, variants, images and VAT under vi-VN' {
    BeforeAll {
        $null = Invoke-RestMethod -Method Delete -Uri "$script:control/counters"
        $script:csv = Join-Path $TestDrive 'products.csv'
        @(
            'Code;Name;Unit;BasePrice;MasterUnitCode;ConversionValue;Attributes;Images;TaxId'
            'BIA-LON;Bia Hà Nội;lon;12.000;;;;https://cdn.example.vn/bia-lon.jpg;4'
            'BIA-LOC;Bia Hà Nội;lốc;70.000;BIA-LON;6;;;4'
            'BIA-THUNG;Bia Hà Nội;thùng;270.000;BIA-LON;24;;https://cdn.example.vn/thung-1.jpg https://cdn.example.vn/thung-2.jpg;4'
            'AO-DO-M;Áo thun;cái;150.000;;;"Màu: Đỏ; Size: M";;'
            'KHONG-CHU;Nước lẻ;chai;8.000;KHONG-CO;12;;;'
        ) | Set-Content -Path $script:csv -Encoding utf8BOM
        $culture = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo('vi-VN')
            Import-Csv $script:csv -Delimiter ';' | New-KvProduct -WhatIf -ErrorVariable whatIfRefused -ErrorAction SilentlyContinue
            $script:afterWhatIf = Get-RequestCount POST /products
            $script:created = @(Import-Csv $script:csv -Delimiter ';' | New-KvProduct -ErrorVariable refused -ErrorAction SilentlyContinue)
        } finally { [cultureinfo]::CurrentCulture = $culture }
        $script:whatIfRefused = $whatIfRefused
        $script:refused = $refused
    }

    It 'sends nothing with -WhatIf, taking a base created earlier in the file as found' {
        $script:afterWhatIf | Should -Be 0
        $script:whatIfRefused | Should -HaveCount 1
        $script:whatIfRefused[0].Exception.Message | Should -BeLike "*MasterUnitCode 'KHONG-CO'*"
    }

    It 'creates each product once, its units after their base, prices read as vi-VN writes them' {
        $script:created.Code | Should -Be @('BIA-LON', 'BIA-LOC', 'BIA-THUNG', 'AO-DO-M')
        Get-RequestCount POST /products | Should -Be 4
        $script:created[0].BasePrice | Should -Be 12000
        $script:created[2].MasterUnitId | Should -Be $script:created[0].Id
        $script:created[2].ConversionValue | Should -Be 24
    }

    It 'shows the family''s units, the attributes and the images when read' {
        $can = Get-KvProduct -Code BIA-LON
        @($can.Units | ForEach-Object { "$($_.Unit) $($_.ConversionValue)" }) | Should -Be @('lon 1', 'lốc 6', 'thùng 24')
        @($can.Images) | Should -Be @('https://cdn.example.vn/bia-lon.jpg')
        @((Get-KvProduct -Code BIA-THUNG).Images) | Should -HaveCount 2
        $shirt = Get-KvProduct -Code AO-DO-M
        $shirt.HasVariants | Should -BeTrue
        $shirt.Attributes.ToString() | Should -Be 'Màu: Đỏ; Size: M'
        @(Get-KvProduct | Where-Object Code -eq 'BIA-LOC').Units.Count | Should -Be 3
    }

    It 'refuses the row whose base unit the shop does not have, naming the row, before sending it' {
        $script:refused | Should -HaveCount 1
        $script:refused[0].FullyQualifiedErrorId | Should -BeLike 'KiotVietInvalidProduct,*'
        $script:refused[0].TargetObject.Code | Should -Be 'KHONG-CHU'
    }
}

Describe 'Import-Csv | Set-KvProduct with isActive, reward points and attributes' {
    BeforeAll {
        $null = Invoke-RestMethod -Method Delete -Uri "$script:control/counters"
        $script:csv = Join-Path $TestDrive 'changes.csv'
        @(
            'Code;IsActive;Attributes;BasePrice'
            'BIA-LOC;False;;72.000'
            'AO-DO-M;;"Màu: Đỏ; Size: L";'
        ) | Set-Content -Path $script:csv -Encoding utf8BOM
        $script:updated = @(Invoke-InVietnamese { Import-Csv $script:csv -Delimiter ';' | Set-KvProduct -PassThru })
        $script:firstRun = Get-RequestCount PUT /products
        $script:again = @(Invoke-InVietnamese { Import-Csv $script:csv -Delimiter ';' | Set-KvProduct -PassThru })
        $script:secondRun = (Get-RequestCount PUT /products) - $script:firstRun
    }

    It 'updates each product as its row says' {
        $script:firstRun | Should -Be 2
        (Get-KvProduct -Code BIA-LOC).IsActive | Should -BeFalse
        (Get-KvProduct -Code BIA-LOC).BasePrice | Should -Be 72000
        (Get-KvProduct -Code AO-DO-M).Attributes.ToString() | Should -Be 'Màu: Đỏ; Size: L'
    }

    It 'sends nothing when the same file is imported again' {
        $script:again | Should -HaveCount 2
        $script:secondRun | Should -Be 0
    }
}
