using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Writes;

namespace KiotViet.Webhooks;

/// <summary>Webhook subscriptions of the shop: <c>/webhooks</c>. KiotViet keeps at most one per event type.</summary>
public sealed class WebhookClient
{
    private const string Path = "webhooks";
    private readonly ApiTransport transport;

    internal WebhookClient(ApiTransport transport) => this.transport = transport;

    /// <summary>Every webhook of the shop (at most one per type, so one request).</summary>
    public Task<IReadOnlyList<Webhook>> ListAsync(CancellationToken cancellationToken) =>
        transport.SendAsync(ApiRequest.Get(Path), ResponseBody.ReadList<Webhook>, cancellationToken);

    public Task<Webhook> GetAsync(long id, CancellationToken cancellationToken) =>
        transport.SendAsync(ApiRequest.Get(ItemPath(id)), ResponseBody.ReadObject<Webhook>, cancellationToken);

    /// <summary>The shop's webhook for a type, or null.</summary>
    public async Task<Webhook?> FindByTypeAsync(string type, CancellationToken cancellationToken)
    {
        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(w => string.Equals(w.Type, type, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Registers a webhook, exactly once: when the answer is lost, the shop's webhooks are listed and one of this
    /// type sending to this URL means it was registered.
    /// </summary>
    public Task<Webhook> RegisterAsync(WebhookRegistration registration, CancellationToken cancellationToken)
    {
        var body = new RegisterBody
        {
            Webhook = new RegisterFields
            {
                Type = registration.Type,
                Url = registration.Url.AbsoluteUri,
                IsActive = registration.IsActive,
                Description = registration.Description,
                Secret = registration.Secret,
            },
        };
        return transport.Writes.RunAsync(
            new WriteOperation<Webhook>(
                $"the registration of the {registration.Type} webhook",
                ct => transport.SendAsync(ApiRequest.Post(Path, body), ResponseBody.ReadObject<Webhook>, ct),
                async (_, ct) =>
                {
                    var found = await FindByTypeAsync(registration.Type, ct).ConfigureAwait(false);
                    var sameUrl = found is not null && Uri.TryCreate(found.Url, UriKind.Absolute, out var url) && url == registration.Url;
                    return sameUrl ? Reconciliation<Webhook>.Applied(found!) : Reconciliation<Webhook>.NotApplied;
                }),
            cancellationToken);
    }

    /// <summary>Deletes a webhook; returns KiotViet's confirmation message. When the answer is lost, gone means done.</summary>
    public Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) =>
        transport.Writes.RunAsync(
            new WriteOperation<string?>(
                $"the removal of webhook {id}",
                ct => transport.SendAsync(ApiRequest.Delete(ItemPath(id)), ResponseBody.ReadMessage, ct),
                async (_, ct) =>
                {
                    var all = await ListAsync(ct).ConfigureAwait(false);
                    return Reconciliation<string?>.AppliedIf(all.All(w => w.Id != id), "unregistered");
                }),
            cancellationToken);

    private static string ItemPath(long id) => $"{Path}/{id.ToString(CultureInfo.InvariantCulture)}";

    // KiotViet expects PascalCase here: {"Webhook":{"Type","Url","IsActive","Description","Secret"}}.
    private sealed class RegisterBody
    {
        [JsonPropertyName("Webhook")]
        public RegisterFields Webhook { get; set; } = null!;
    }

    private sealed class RegisterFields
    {
        [JsonPropertyName("Type")]
        public string Type { get; set; } = "";

        [JsonPropertyName("Url")]
        public string Url { get; set; } = "";

        [JsonPropertyName("IsActive")]
        public bool IsActive { get; set; }

        [JsonPropertyName("Description")]
        public string? Description { get; set; }

        [JsonPropertyName("Secret")]
        public string Secret { get; set; } = "";
    }
}
