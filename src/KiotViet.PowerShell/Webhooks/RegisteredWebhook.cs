using System;
using System.Security;

namespace KiotViet;

/// <summary>
/// What Register-KvWebhook returns: the new webhook and, when the module generated the secret, that secret. This is
/// the only time the secret can be read: KiotViet never returns it.
/// </summary>
public sealed class RegisteredWebhook
{
    internal RegisteredWebhook(Webhook webhook, SecureString? generatedSecret, Webhook? replaced)
    {
        Id = webhook.Id;
        Type = webhook.Type;
        Url = webhook.Url;
        IsActive = webhook.IsActive;
        Description = webhook.Description;
        RetailerId = webhook.RetailerId;
        ModifiedDate = webhook.ModifiedDate;
        Secret = generatedSecret;
        ReplacedWebhookId = replaced?.Id;
        ReplacedUrl = replaced?.Url;
    }

    public long Id { get; }

    public string? Type { get; }

    public string? Url { get; }

    public bool IsActive { get; }

    public string? Description { get; }

    public long RetailerId { get; }

    public DateTimeOffset? ModifiedDate { get; }

    /// <summary>
    /// The generated secret (null when -Secret was given). Store it now, e.g. with Set-Secret, or read it with
    /// [System.Net.NetworkCredential]::new('', $hook.Secret).Password.
    /// </summary>
    public SecureString? Secret { get; }

    public bool SecretGenerated => Secret is not null;

    /// <summary>The webhook this one replaced (-Force), if any.</summary>
    public long? ReplacedWebhookId { get; }

    public string? ReplacedUrl { get; }

    public override string ToString() => $"{Type} -> {Url}";
}
