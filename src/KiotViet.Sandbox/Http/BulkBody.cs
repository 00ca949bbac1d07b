using System.Text.Json.Nodes;

namespace KiotViet.Sandbox.Http;

/// <summary>The body of KiotViet's bulk writes: <c>{listCustomers:[…]}</c>, <c>{listProducts:[…]}</c>.</summary>
internal static class BulkBody
{
    /// <summary>The rows of the named list, or null when the body is not that (or the list is empty).</summary>
    public static async Task<List<JsonObject>?> RowsAsync(HttpRequest request, string listName)
    {
        var rows = (await RequestBody.ReadAsync(request))?[listName] as JsonArray;
        if (rows is not { Count: > 0 } || rows.Any(r => r is not JsonObject))
        {
            return null;
        }

        return rows.OfType<JsonObject>().ToList();
    }
}
