using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>The shape of a sale document's PUT (orders, invoices): the body read, the change applied or refused under the shop lock, the webhook sent, the document answered.</summary>
internal static class DocumentUpdate
{
    public static async Task<IResult> RunAsync<T>(HttpRequest request, SandboxState state, Func<ShopData, JsonObject, (T? Updated, IResult? Refusal)> apply, Func<T, Task> notify, Func<T, IResult> answer)
        where T : class
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        T updated;
        lock (data.Sync)
        {
            var (document, refusal) = apply(data, body);
            if (document is null)
            {
                return refusal!;
            }

            updated = document;
        }

        _ = notify(updated);
        return answer(updated);
    }
}
