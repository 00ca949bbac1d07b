# Azure Functions (PowerShell, HTTP trigger) receiver for KiotViet webhooks.
# App settings: KIOTVIET_WEBHOOK_SECRET (the secret given to Register-KvWebhook), CRM_CSV_PATH.
# Register it once:  Register-KvWebhook -Type customer.update -Url https://<app>.azurewebsites.net/api/kiotviet -Secret $secret
#                    Register-KvWebhook -Type customer.delete -Url https://<app>.azurewebsites.net/api/kiotviet -Secret $secret
using namespace System.Net
param($Request, $TriggerMetadata)

try {
    # RawBody is the body exactly as sent: the signature is computed over it, not over re-serialised JSON.
    & "$PSScriptRoot/../Update-CsvCrm.ps1" -Body $Request.RawBody -Signature $Request.Headers['x-hub-signature'] `
        -Secret $env:KIOTVIET_WEBHOOK_SECRET -CrmPath $env:CRM_CSV_PATH
}
catch {
    # Log and still answer 200: KiotViet stops delivering to endpoints that answer 400, 401, 403, 404 or 405.
    Write-Warning "KiotViet delivery not applied: $($_.Exception.Message)"
}

Push-OutputBinding -Name Response -Value ([HttpResponseContext]@{ StatusCode = [HttpStatusCode]::OK })
