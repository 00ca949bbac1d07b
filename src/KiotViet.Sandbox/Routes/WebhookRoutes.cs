using System.Text.Json.Nodes;
using KiotViet.Sandbox.Http;
using KiotViet.Sandbox.Webhooks;

namespace KiotViet.Sandbox.Routes;

/// <summary>/webhooks: register ({"Webhook": {...}}, one per type), list, read, unregister.</summary>
internal static class WebhookRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/webhooks", RegisterAsync);
        api.MapGet("/webhooks", List);
        api.MapGet("/webhooks/{id:long}", Read);
        api.MapDelete("/webhooks/{id:long}", Delete);
    }

    private static async Task<IResult> RegisterAsync(HttpRequest request, SandboxState state)
    {
        if ((await RequestBody.ReadAsync(request))?["Webhook"] is not JsonObject hook)
        {
            return ApiErrors.Validation(state.Options, "Thiếu thông tin Webhook.", new ApiFieldError("NotEmpty", "Webhook", "Thiếu thông tin Webhook."));
        }

        var type = BodyFields.String(hook, "Type");
        var url = BodyFields.String(hook, "Url");
        if (!WebhookTypes.IsKnown(type))
        {
            return ApiErrors.Validation(state.Options, $"Type '{type}' không hợp lệ.", new ApiFieldError("InvalidValue", "Type", $"Type '{type}' không hợp lệ."));
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return ApiErrors.Validation(state.Options, "Url không hợp lệ.", new ApiFieldError("InvalidValue", "Url", "Url không hợp lệ."));
        }

        var data = state.Data;
        lock (data.Sync)
        {
            if (data.Webhooks.ForType(type!) is not null)
            {
                return ApiErrors.Validation(state.Options, "Type đã tồn tại", new ApiFieldError("DuplicateData", "Type", "Type đã tồn tại"));
            }

            var registered = data.Webhooks.Add(type!, url!, BodyFields.Bool(hook, "IsActive") ?? true, BodyFields.String(hook, "Description"), BodyFields.String(hook, "Secret"), state.Options.RetailerId, VietnamTime.Now(state.Clock));
            return ApiResults.Json(registered.ToAnswer());
        }
    }

    private static IResult List(HttpRequest request, SandboxState state)
    {
        var page = PageRequest.From(new QueryReader(request.Query));
        var data = state.Data;
        lock (data.Sync)
        {
            var hooks = data.Webhooks.All.Skip(page.CurrentItem).Take(page.PageSize).Select(h => h.ToJson()).ToList();
            return ApiResults.Json(new { total = data.Webhooks.All.Count, pageSize = page.PageSize, data = hooks });
        }
    }

    private static IResult Read(long id, SandboxState state)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            return data.Webhooks.Find(id) is { } hook ? ApiResults.Json(hook.ToAnswer()) : ApiErrors.NotFound("Webhook");
        }
    }

    private static IResult Delete(long id, SandboxState state)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            if (data.Webhooks.Find(id) is not { } hook)
            {
                return ApiErrors.NotFound("Webhook");
            }

            data.Webhooks.Remove(hook);
            return ApiResults.Message("Hủy đăng ký webhook thành công");
        }
    }
}
