namespace KiotViet.Sandbox.Webhooks;

/// <summary>A registered webhook. The secret is kept exactly as sent and never returned by the API.</summary>
internal sealed record WebhookRegistration(long Id, string Type, string Url, bool IsActive, string? Description, string? Secret, long RetailerId, DateTime ModifiedDate)
{
    /// <summary>Set when the receiver answered 400/401/403/404/405: KiotViet stops sending to that endpoint.</summary>
    public bool Stopped { get; set; }

    /// <summary>A row of GET /webhooks (2.11.11 prints modifiedDate).</summary>
    public object ToJson() => new { Id, Type, Url, IsActive, RetailerId, Description, ModifiedDate };

    /// <summary>The registration as POST /webhooks and GET /webhooks/{id} answer it (2.11.1, 2.11.12: no modifiedDate).</summary>
    public object ToAnswer() => new { Id, Type, Url, IsActive, RetailerId, Description };
}

/// <summary>Webhooks of the shop: one per type.</summary>
internal sealed class WebhookRegistry
{
    private readonly List<WebhookRegistration> hooks = new();
    private long nextId = 70001;

    public IReadOnlyList<WebhookRegistration> All => hooks;

    public WebhookRegistration? Find(long id) => hooks.FirstOrDefault(h => h.Id == id);

    public WebhookRegistration? ForType(string type) => hooks.FirstOrDefault(h => h.Type == type);

    public WebhookRegistration Add(string type, string url, bool isActive, string? description, string? secret, long retailerId, DateTime now)
    {
        var hook = new WebhookRegistration(nextId, type, url, isActive, description, secret, retailerId, now);
        nextId += 11;
        hooks.Add(hook);
        return hook;
    }

    public void Remove(WebhookRegistration hook) => hooks.Remove(hook);
}
