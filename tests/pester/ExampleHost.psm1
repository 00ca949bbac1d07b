# What the documented examples expect around them, in tiny stand-ins: the user at the keyboard (Read-Host,
# Get-Credential), an Azure Automation credential asset (Get-AutomationPSCredential), SecretManagement (Get-Secret,
# Set-Secret, as the module Microsoft.PowerShell.SecretManagement) and the Azure Functions PowerShell worker
# (Push-OutputBinding, [HttpResponseContext]). Every credential they hand out is the sandbox's.

$script:clientId = 'sandbox-client-id'
$script:clientSecret = 'sandbox-client-secret'
$script:secrets = @{}
$script:bindings = [System.Collections.Generic.List[object]]::new()

function New-SandboxCredential {
    [pscredential]::new($script:clientId, (ConvertTo-SecureString $script:clientSecret -AsPlainText -Force))
}

function Read-Host {
    param([Parameter(Position = 0)] $Prompt, [switch] $AsSecureString)
    $text = if ("$Prompt" -match 'webhook') { 'bí-mật-webhook-123' } elseif ("$Prompt" -match 'client id') { $script:clientId } else { $script:clientSecret }
    if ($AsSecureString) { ConvertTo-SecureString $text -AsPlainText -Force } else { $text }
}

function Get-Credential {
    param([Parameter(Position = 0)] $Credential, [string] $Message, [string] $UserName, [string] $Title)
    New-SandboxCredential
}

function Get-AutomationPSCredential {
    param([Parameter(Mandatory)] [string] $Name)
    New-SandboxCredential
}

function Push-OutputBinding {
    param([Parameter(Mandatory)] [string] $Name, [Parameter(Mandatory)] $Value)
    $script:bindings.Add([pscustomobject]@{ Name = $Name; Value = $Value })
}

# An Azure Functions HTTP request carrying a KiotViet delivery signed with the secret (X-Hub-Signature: sha1=<HMAC-SHA256>).
function New-ExampleWebhookRequest {
    param([Parameter(Mandatory)] [string] $Secret)
    $body = Get-Content -Raw -Encoding utf8 (Join-Path $PSScriptRoot 'example-files/delivery.json')
    $hmac = [System.Security.Cryptography.HMACSHA256]::new([System.Text.Encoding]::UTF8.GetBytes($Secret))
    $signature = 'sha1=' + (($hmac.ComputeHash([System.Text.Encoding]::UTF8.GetBytes($body)) | ForEach-Object { $_.ToString('x2') }) -join '')
    [pscustomobject]@{ RawBody = $body; Body = ($body | ConvertFrom-Json); Headers = @{ 'X-Hub-Signature' = $signature }; Method = 'POST' }
}

function Get-PushedBinding { $script:bindings.ToArray() }
function Clear-PushedBinding { $script:bindings.Clear() }

if (-not ('HttpResponseContext' -as [type])) {
    Add-Type -TypeDefinition @'
public class HttpResponseContext
{
    public object StatusCode { get; set; }
    public object Body { get; set; }
    public System.Collections.IDictionary Headers { get; set; }
}
'@
}

# SecretManagement answers for a module-qualified call (Microsoft.PowerShell.SecretManagement\Get-Secret), so its
# stand-in is a module of that name.
$secretManagement = New-Module -Name Microsoft.PowerShell.SecretManagement -ArgumentList $script:secrets, ${function:New-SandboxCredential} -ScriptBlock {
    param($secrets, $newCredential)
    function Set-Secret {
        param([Parameter(Mandatory)] [string] $Name, $Secret, [securestring] $SecureStringSecret, [string] $Vault)
        $secrets[$Name] = if ($PSBoundParameters.ContainsKey('SecureStringSecret')) { $SecureStringSecret } else { $Secret }
    }
    function Get-Secret {
        param([Parameter(Mandatory, Position = 0)] [string] $Name, [string] $Vault, [switch] $AsPlainText)
        $value = if ($secrets.ContainsKey($Name)) { $secrets[$Name] } elseif ($Name -match 'webhook') { ConvertTo-SecureString 'bí-mật-webhook-123' -AsPlainText -Force } else { & $newCredential }
        if ($AsPlainText -and $value -is [securestring]) { [System.Net.NetworkCredential]::new('', $value).Password } else { $value }
    }
    Export-ModuleMember -Function Set-Secret, Get-Secret
}
Import-Module $secretManagement -Global

Export-ModuleMember -Function Read-Host, Get-Credential, Get-AutomationPSCredential, Push-OutputBinding, Get-PushedBinding, Clear-PushedBinding, New-ExampleWebhookRequest
