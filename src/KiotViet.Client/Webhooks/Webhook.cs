using System;

namespace KiotViet;

/// <summary>A webhook registered on the shop. Every property is a scalar, so a row exports to CSV as it is. KiotViet never returns the secret.</summary>
[KiotViet.Resources.ApiPath("webhooks")]
public sealed class Webhook : IKiotVietEntity
{
    public long Id { get; set; }

    /// <summary>The event type, e.g. <c>customer.update</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Where KiotViet posts the events.</summary>
    public string? Url { get; set; }

    public bool IsActive { get; set; }

    public string? Description { get; set; }

    public long RetailerId { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    public override string ToString() => $"{Type} -> {Url}";
}
