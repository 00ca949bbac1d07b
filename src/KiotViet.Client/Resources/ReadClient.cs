using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;

namespace KiotViet.Resources;

/// <summary>
/// Reads any resource that has nothing but reads: its listing from a query, one item by id or code from the
/// collection its model names (<see cref="ApiPathAttribute"/>).
/// </summary>
public sealed class ReadClient : ResourceClient
{
    internal ReadClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    /// <summary>GET {path}/{id}.</summary>
    public Task<T> GetAsync<T>(long id, CancellationToken cancellationToken)
        where T : class, IKiotVietEntity =>
        GetByIdAsync<T>(ApiPathAttribute.Of<T>(), id, cancellationToken);

    /// <summary>GET {path}/code/{code}.</summary>
    public Task<T> GetByCodeAsync<T>(string code, CancellationToken cancellationToken)
        where T : class, IKiotVietEntity =>
        GetByCodeAsync<T>(ApiPathAttribute.Of<T>(), code, cancellationToken);

    /// <summary>A list the API answers in one response, without paging (GET {path}).</summary>
    public Task<IReadOnlyList<T>> GetAllAsync<T>(CancellationToken cancellationToken)
        where T : class =>
        Transport.SendAsync(ApiRequest.Get(ApiPathAttribute.Of<T>()), ResponseBody.ReadList<T>, cancellationToken);

    /// <summary>The shop's settings (GET /settings), one per name, in the order KiotViet sends them.</summary>
    public Task<IReadOnlyList<ShopSetting>> GetSettingsAsync(CancellationToken cancellationToken) =>
        Transport.SendAsync(ApiRequest.Get("settings"), ReadSettings, cancellationToken);

    /// <summary><c>{ "ManagerCustomerByBranch": true, ... }</c>, or the same inside <c>data</c>.</summary>
    private static IReadOnlyList<ShopSetting> ReadSettings(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.TryGetPropertyIgnoreCase("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            root = data;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The settings answer is not an object.");
        }

        return root.EnumerateObject()
            .Select(p => new ShopSetting(p.Name, p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? p.Value.GetRawText() : JsonValues.ToPlain(p.Value)))
            .ToList();
    }
}
