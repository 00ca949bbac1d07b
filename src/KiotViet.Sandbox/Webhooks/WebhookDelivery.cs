namespace KiotViet.Sandbox;

/// <summary>One delivery attempt of a webhook: what was sent and what the receiver answered (Status null = no answer).</summary>
public sealed record WebhookDelivery(long WebhookId, string Type, string Url, Guid NotificationId, int Attempt, byte[] Body, string? Signature, int? Status, string? Error, DateTimeOffset Time)
{
    public bool Succeeded => Status is >= 200 and < 300;
}
