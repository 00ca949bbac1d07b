using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Webhooks.Receiving;

/// <summary>Where a <see cref="WebhookReceiver"/> listens, which secrets it accepts and how much it holds.</summary>
public sealed class WebhookReceiverOptions
{
    /// <param name="prefix">An HttpListener prefix such as <c>http://+:8080/kiotviet/</c>; a missing final '/' is added.</param>
    /// <param name="secrets">The secrets the webhooks were registered with; a delivery signed with any of them is accepted.</param>
    public WebhookReceiverOptions(string prefix, IEnumerable<string> secrets)
    {
        Prefix = (prefix ?? throw new ArgumentNullException(nameof(prefix))).EndsWith("/", StringComparison.Ordinal) ? prefix : prefix + "/";
        Secrets = (secrets ?? throw new ArgumentNullException(nameof(secrets))).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal).ToList();
        if (Secrets.Count == 0)
        {
            throw new ArgumentException("A webhook receiver needs at least one secret to verify deliveries with.", nameof(secrets));
        }
    }

    public string Prefix { get; }

    public IReadOnlyList<string> Secrets { get; }

    /// <summary>Deliveries answered but not yet taken by the consumer; beyond it a delivery is answered 503 so KiotViet sends it again later.</summary>
    public int QueueLimit { get; set; } = 10_000;

    /// <summary>A file that keeps accepted deliveries until they were taken, across restarts; null for none.</summary>
    public string? JournalPath { get; set; }

    /// <summary>A larger body is refused (KiotViet's deliveries are a few kilobytes).</summary>
    public int MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How many delivery keys are remembered to drop repeats (and kept in the journal across restarts).</summary>
    public int RememberedDeliveries { get; set; } = 100_000;

    /// <summary>Rejection notices waiting for the consumer beyond this are counted, not kept (a flood of forged posts must not fill memory).</summary>
    public int NoticeLimit { get; set; } = 1_000;
}
