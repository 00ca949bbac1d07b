@{
    RootModule             = 'KiotViet.psm1'
    ModuleVersion          = '0.1.0'
    GUID                   = '6b0f3f47-2a55-4d7e-9c61-4e2d7c1b8a90'
    Author                 = 'KiotViet PowerShell module contributors'
    CompanyName            = 'Community'
    Copyright              = '(c) KiotViet PowerShell module contributors. MIT License.'
    Description            = 'PowerShell module for the KiotViet Public API: export, import and sync customers and invoices, receive webhooks. Streams paged results, paces requests to the API budget, keeps secrets out of every output stream.'
    CompatiblePSEditions   = @('Core', 'Desktop')
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('KiotViet.format.ps1xml')
    CmdletsToExport        = @(
        'Connect-KiotViet'
        'Disconnect-KiotViet'
        'Get-KvConnection'
        'Get-KvCustomer'
        'New-KvCustomer'
        'Find-KvCustomer'
        'Set-KvCustomer'
        'Remove-KvCustomer'
        'Get-KvCustomerGroup'
        'Get-KvInvoice'
        'Remove-KvInvoice'
        'Get-KvBranch'
        'Get-KvCategory'
        'Get-KvProduct'
        'Get-KvOrder'
        'New-KvOrder'
        'Set-KvOrder'
        'Remove-KvOrder'
        'Register-KvWebhook'
        'Get-KvWebhook'
        'Unregister-KvWebhook'
        'Test-KvWebhookSignature'
        'ConvertFrom-KvWebhook'
    )
    FunctionsToExport      = @()
    AliasesToExport        = @()
    VariablesToExport      = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('KiotViet', 'POS', 'Vietnam', 'API', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/kiotviet-powershell/KiotViet/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/kiotviet-powershell/KiotViet'
            ReleaseNotes = 'First release: connection, customers, paging engine, sandbox.'
        }
    }
}
