using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>How customers look in responses: totals only when asked for, groups on detail reads.</summary>
internal static class CustomerJson
{
    private static readonly string[] TotalFields = { "totalInvoiced", "totalPoint", "totalRevenue" };

    public static JsonObject Row(Customer customer, ShopData data, bool includeTotal, bool includeGroups)
    {
        var node = JsonSerializer.SerializeToNode(customer, SandboxJson.Api)!.AsObject();
        if (!includeTotal)
        {
            foreach (var field in TotalFields)
            {
                node.Remove(field);
            }
        }

        if (includeGroups)
        {
            var names = customer.GroupIds.Select(id => data.Groups.FirstOrDefault(g => g.Id == id)?.Name).Where(n => n is not null);
            node["groups"] = string.Join(", ", names);
            node["customerGroupDetails"] = new JsonArray(customer.GroupIds.Select(groupId => (JsonNode?)new JsonObject
            {
                ["id"] = customer.Id * 10 + groupId % 10,
                ["customerId"] = customer.Id,
                ["groupId"] = groupId,
            }).ToArray());
        }

        return node;
    }

    public static JsonObject Detail(Customer customer, ShopData data) => Row(customer, data, includeTotal: true, includeGroups: true);
}
