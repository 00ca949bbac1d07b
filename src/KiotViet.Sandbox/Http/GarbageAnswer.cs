using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace KiotViet.Sandbox.Http;

/// <summary>Produces the real answer of a list route, then spoils it the way <see cref="SandboxGarbageKind"/> says.</summary>
internal static class GarbageAnswer
{
    private const long SyntheticIdBase = 10_000_000;

    public static async Task ServeAsync(HttpContext context, Func<Task> produce, SandboxGarbageKind kind)
    {
        var offset = ReadInt(context, "currentItem") ?? 0;
        var size = Math.Clamp(ReadInt(context, "pageSize") ?? PageRequest.DefaultPageSize, 1, PageRequest.MaxPageSize);
        if (kind == SandboxGarbageKind.SamePage)
        {
            var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value);
            query["currentItem"] = "0";
            context.Request.QueryString = QueryString.Create(query);
        }

        var body = await BufferedAnswer.CaptureAsync(context, produce);
        if (context.Response.StatusCode == StatusCodes.Status200OK && JsonNode.Parse(body) is JsonObject envelope && envelope["data"] is JsonArray)
        {
            body = Spoil(envelope, kind, offset, size);
        }

        if (kind == SandboxGarbageKind.NotJson)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
        }

        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static byte[] Spoil(JsonObject envelope, SandboxGarbageKind kind, int offset, int size)
    {
        var data = (JsonArray)envelope["data"]!;
        var rows = data.OfType<JsonObject>().ToList();
        switch (kind)
        {
            case SandboxGarbageKind.DataMissing when offset > 0:
                envelope.Remove("data");
                break;
            case SandboxGarbageKind.DataNull when offset > 0:
                envelope["data"] = null;
                break;
            case SandboxGarbageKind.NullRows:
                for (var i = 9; i < data.Count; i += 10)
                {
                    data[i] = null;
                }

                break;
            case SandboxGarbageKind.MissingIds:
                for (var i = 9; i < rows.Count; i += 10)
                {
                    rows[i].Remove("id");
                }

                break;
            case SandboxGarbageKind.AllIdsMissing:
                rows.ForEach(r => r.Remove("id"));
                break;
            case SandboxGarbageKind.ZeroIds:
                rows.ForEach(r => r["id"] = 0);
                break;
            case SandboxGarbageKind.NegativeIds:
                rows.ForEach(r => r["id"] = -(long)r["id"]!);
                break;
            case SandboxGarbageKind.IdNotNumber:
                rows.ForEach(r => r["id"] = "abc");
                break;
            case SandboxGarbageKind.TotalMissing:
                envelope.Remove("total");
                break;
            case SandboxGarbageKind.TotalZero:
                envelope["total"] = 0;
                break;
            case SandboxGarbageKind.TotalNegative:
                envelope["total"] = -(int)envelope["total"]!;
                break;
            case SandboxGarbageKind.TotalHuge:
                envelope["total"] = int.MaxValue;
                break;
            case SandboxGarbageKind.TotalGrowing:
                envelope["data"] = Synthetic(rows.FirstOrDefault(), offset, size);
                envelope["total"] = offset + (3 * size);
                break;
            case SandboxGarbageKind.EmptyPage when offset > 0:
                envelope["data"] = new JsonArray();
                break;
            case SandboxGarbageKind.DuplicateRows when rows.Count > 0:
                data.Add(rows[0].DeepClone());
                break;
            case SandboxGarbageKind.CappedPageSize:
                while (data.Count > 30)
                {
                    data.RemoveAt(data.Count - 1);
                }

                envelope["pageSize"] = 30;
                break;
            case SandboxGarbageKind.DateNotDate:
                rows.ForEach(r =>
                {
                    r["modifiedDate"] = "not a date";
                    r["createdDate"] = "hôm qua";
                });
                break;
            case SandboxGarbageKind.TimestampNotDate:
                envelope["timestamp"] = "soon";
                break;
            case SandboxGarbageKind.WrongShape:
                envelope["data"] = new JsonObject { ["rows"] = data.DeepClone() };
                break;
            case SandboxGarbageKind.NullBody:
                return Encoding.UTF8.GetBytes("null");
            case SandboxGarbageKind.TrailingText:
                return Encoding.UTF8.GetBytes(envelope.ToJsonString() + " <!-- cached -->");
            case SandboxGarbageKind.NotJson:
                return Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Đăng nhập Wi-Fi</title></head><body>Please sign in to the network.</body></html>");
            case SandboxGarbageKind.CutOff:
                var whole = Encoding.UTF8.GetBytes(envelope.ToJsonString());
                return whole.AsSpan(0, whole.Length / 2).ToArray();
        }

        return Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }

    /// <summary>A full page of rows never seen before, cloned from a real one.</summary>
    private static JsonArray Synthetic(JsonObject? template, int offset, int size)
    {
        var rows = new JsonArray();
        for (var i = 0; i < size; i++)
        {
            var id = SyntheticIdBase + offset + i;
            var row = template?.DeepClone().AsObject() ?? new JsonObject();
            row["id"] = id;
            row["code"] = "KHG" + id.ToString(CultureInfo.InvariantCulture);
            rows.Add(row);
        }

        return rows;
    }

    private static int? ReadInt(HttpContext context, string name) =>
        int.TryParse(context.Request.Query[name].FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
