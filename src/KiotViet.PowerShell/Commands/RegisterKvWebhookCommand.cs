using System;
using System.Management.Automation;
using System.Security;
using KiotViet.Commands.Infrastructure;
using KiotViet.Webhooks;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Registers a KiotViet webhook: KiotViet will post events of one type to a URL, signed with a secret.</para>
/// <para type="description">KiotViet keeps one webhook per event type for the whole shop, so registering a type that
/// already has a webhook is refused unless -Force is given; -Force unregisters the existing one first and says which.
/// Without -Secret a strong random secret is generated and returned once, in the Secret property (a SecureString) of
/// the output: read it with [System.Net.NetworkCredential]::new('', $hook.Secret).Password, or store it with Set-Secret.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Register, "KvWebhook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(RegisteredWebhook))]
public sealed class RegisterKvWebhookCommand : KvWriteCmdlet
{
    /// <summary>The event type, one of the 15 KiotViet sends, e.g. customer.update or invoice.update.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateWebhookType]
    [ArgumentCompleter(typeof(WebhookTypeCompleter))]
    public string? Type { get; set; }

    /// <summary>The receiver's address. Must be https, except http on a loopback address for local tests.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    public Uri? Url { get; set; }

    /// <summary>The secret KiotViet signs each delivery with (8 characters or more). Omit it to have a random one generated and returned once.</summary>
    [Parameter]
    public SecureString? Secret { get; set; }

    /// <summary>A note shown with the webhook in KiotViet, e.g. which system receives it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateShopText(TextLimits.Line)]
    public string? Description { get; set; }

    /// <summary>Replace the shop's existing webhook of this type (another integration stops receiving these events).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Return the registered webhook even when -Secret was given (with a generated secret it is always returned).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override string Activity => "Registering KiotViet webhooks";

    private protected override string WrittenAs => "registered";

    protected override void Process()
    {
        if (WebhookRegistration.ProblemWith(Url!) is { } urlProblem)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietWebhookUrlInvalid", urlProblem, Url));
            return;
        }

        var generated = Secret is null;
        var secret = generated ? WebhookSecret.Generate() : SecureStrings.Reveal(Secret!);
        if (secret.Length < WebhookRegistration.MinimumSecretLength)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietWebhookSecretTooShort", $"The webhook secret needs at least {WebhookRegistration.MinimumSecretLength} characters.", Type));
            return;
        }

        var registration = new WebhookRegistration(Type!, Url!, secret) { Description = Description };
        Webhook? existing;
        try
        {
            existing = Await(ct => Shop.Webhooks.FindByTypeAsync(registration.Type, ct));
        }
        catch (KiotVietApiException ex)
        {
            FailedInTurn(ex, Type);
            return;
        }

        if (existing is not null && !Force)
        {
            RefusedBeforeSending(TypeTaken(existing));
            return;
        }

        var action = existing is null
            ? "Register KiotViet webhook"
            : $"Replace KiotViet webhook {existing.Id} (now sending to {existing.Url})";
        if (!ShouldProcess($"{registration.Type} -> {registration.Url}", action))
        {
            return;
        }

        string? advice = null;
        if (existing is not null)
        {
            WriteWarning($"Replacing the shop's {existing.Type} webhook {existing.Id}, which sends to {existing.Url}; that receiver will get no more {existing.Type} events.");
            try
            {
                Await(ct => Shop.Webhooks.DeleteAsync(existing.Id, ct));
            }
            catch (KiotVietApiException ex)
            {
                FailedInTurn(ex, Type, $"The previous {existing.Type} webhook ({existing.Url}) is still registered.");
                return;
            }

            advice = $"The previous {existing.Type} webhook ({existing.Url}) was already unregistered; register a webhook for this type again.";
        }

        if (TryWrite(Type, ct => Shop.Webhooks.RegisterAsync(registration, ct), out var created, "Check with Get-KvWebhook before registering again.", advice))
        {
            RegisteredWebhookSecrets.Remember(Shop, registration.Type, secret);
            created.Type ??= registration.Type;
            created.Url ??= registration.Url.AbsoluteUri;
            created.Description ??= registration.Description;
            if (generated || PassThru)
            {
                WriteObject(new RegisteredWebhook(created, generated ? SecureStrings.FromPlainText(secret) : null, existing));
            }
        }
    }

    private ErrorRecord TypeTaken(Webhook existing)
    {
        var message = $"The shop already has a {existing.Type} webhook (id {existing.Id}) sending to {existing.Url}. KiotViet keeps one webhook per type: " +
            "use -Force to replace it (that receiver will get no more of these events), or Unregister-KvWebhook it first.";
        return new ErrorRecord(new InvalidOperationException(message), "KiotVietWebhookTypeTaken", ErrorCategory.ResourceExists, existing);
    }
}
