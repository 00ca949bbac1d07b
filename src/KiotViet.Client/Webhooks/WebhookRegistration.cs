using System;
using KiotViet.Http;

namespace KiotViet.Webhooks;

/// <summary>What to register: an event type, the receiver's address and the shared secret. Shows no secret.</summary>
public sealed class WebhookRegistration
{
    public WebhookRegistration(string type, Uri url, string secret)
    {
        Type = WebhookEventTypes.Canonical(type)
            ?? throw new ArgumentException($"'{type}' is not a KiotViet webhook type. Use one of: {string.Join(", ", WebhookEventTypes.All)}.", nameof(type));
        Url = url ?? throw new ArgumentNullException(nameof(url));
        if (ProblemWith(url) is { } problem)
        {
            throw new ArgumentException(problem, nameof(url));
        }

        if (secret is null || secret.Length < MinimumSecretLength)
        {
            throw new ArgumentException($"A webhook secret needs at least {MinimumSecretLength} characters.", nameof(secret));
        }

        Secret = secret;
    }

    /// <summary>KiotViet asks for a secret of at least 8 characters.</summary>
    public const int MinimumSecretLength = 8;

    public string Type { get; }

    public Uri Url { get; }

    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;

    internal string Secret { get; }

    /// <summary>
    /// Why KiotViet should not be given this address, or null when it is fine: it must be an absolute https URL;
    /// plain http is allowed only for loopback addresses (a local test receiver).
    /// </summary>
    public static string? ProblemWith(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            return $"The webhook URL '{url}' is not absolute; give the full https:// address of the receiver.";
        }

        if (SecureUri.IsHttpsOrLoopback(url))
        {
            return null;
        }

        return $"The webhook URL '{url.GetLeftPart(UriPartial.Path)}' must use https (plain http is accepted only for loopback test receivers), because KiotViet posts shop data and its signature to it.";
    }

    public override string ToString() => $"{Type} -> {Url}";
}
