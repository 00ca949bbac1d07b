using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>/customers: list with the documented filters, reads by id and code, create, update, delete, groups.</summary>
internal static class CustomerRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/customers", List);
        api.MapGet("/customers/{id:long}", (long id, SandboxState state) => Read(state, d => d.Customers.Find(id), false));
        api.MapGet("/customers/code/{code}", (string code, SandboxState state) => Read(state, d => d.Customers.FindByCode(code), true));
        api.MapGet("/customers/group", Groups);
        api.MapPost("/customers", CreateAsync);
        api.MapPut("/customers/{id:long}", UpdateAsync);
        api.MapDelete("/customers/{id:long}", Delete);
    }

    private static IResult List(HttpRequest request, SandboxState state)
    {
        var query = new QueryReader(request.Query);
        var page = PageRequest.From(query);
        var data = state.Data;
        JsonObject envelope;
        lock (data.Sync)
        {
            var rows = page.Order(CustomerQuery.Filter(data.Customers.All, query), CustomerQuery.SortKey);
            var includeTotal = query.Flag("includeTotal");
            var includeGroups = query.Flag("includeCustomerGroup");
            envelope = ListEnvelope.Build(rows, page, c => CustomerJson.Row(c, data, includeTotal, includeGroups));
            if (query.Flag("includeRemoveIds"))
            {
                ListEnvelope.AddRemovedIds(envelope, state.Options.RemovedIdsPropertyName ?? "removeId", data.Customers.RemovedSince(query.Date("lastModifiedFrom")));
            }
        }

        if (state.Mutation.CountListRequest() is { } mutation)
        {
            CustomerMutations.Apply(state, mutation.Insert, mutation.Delete);
        }

        return ApiResults.Json(envelope);
    }

    private static IResult Read(SandboxState state, Func<ShopData, Customer?> find, bool byCode)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            return find(data) is { } customer ? ApiResults.Json(CustomerJson.Detail(customer, data)) : ApiErrors.MissingRecord(state.Options, "Khách hàng", "Customer", byCode);
        }
    }

    private static IResult Groups(SandboxState state)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            var groups = data.Groups.Select(g => new
            {
                g.Id,
                g.Name,
                g.Description,
                g.CreatedDate,
                g.CreatedBy,
                g.RetailerId,
                g.Discount,
                CustomerGroupDetails = data.Customers.All.Where(c => c.GroupIds.Contains(g.Id))
                    .Select(c => new { Id = c.Id * 10 + g.Id % 10, CustomerId = c.Id, GroupId = g.Id }).ToList(),
            }).ToList();
            return ApiResults.Json(new { total = groups.Count, data = groups }); // 2.13.1 prints no pageSize
        }
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        Customer created;
        lock (data.Sync)
        {
            var code = BodyFields.String(body, "code");
            var refusal = CustomerValidation.Check(state.Options, data, body, code, exceptId: 0, requireName: true);
            if (refusal is not null)
            {
                return refusal;
            }

            var now = VietnamTime.Now(state.Clock);
            created = new Customer { Id = data.Customers.TakeNextId(), RetailerId = state.Options.RetailerId, CreatedDate = now };
            CustomerFields.Apply(created, body, clearAbsent: false);
            created.Code = string.IsNullOrWhiteSpace(code) ? data.Customers.TakeNextCode() : code.Trim();
            data.Customers.Add(created);
            created = created.Clone();
        }

        _ = state.Webhooks.CustomerChanged(created);
        return Answer(state, "Tạo khách hàng thành công", CustomerJson.Detail(created, data));
    }

    private static async Task<IResult> UpdateAsync(long id, HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        Customer updated;
        lock (data.Sync)
        {
            if (data.Customers.Find(id) is not { } customer)
            {
                return ApiErrors.NotFound("Khách hàng");
            }

            var clearAbsent = state.Options.UpdateClearsAbsentFields;
            var code = BodyFields.String(body, "code");
            var refusal = CustomerValidation.Check(state.Options, data, body, code, id, requireName: clearAbsent || BodyFields.Has(body, "name"));
            if (refusal is not null)
            {
                return refusal;
            }

            CustomerFields.Apply(customer, body, clearAbsent);
            if (!string.IsNullOrWhiteSpace(code))
            {
                data.Customers.ChangeCode(customer, code.Trim());
            }

            customer.ModifiedDate = VietnamTime.Now(state.Clock);
            updated = customer.Clone();
        }

        _ = state.Webhooks.CustomerChanged(updated);
        return Answer(state, "Cập nhật dữ liệu thành công", CustomerJson.Detail(updated, data));
    }

    private static IResult Answer(SandboxState state, string message, System.Text.Json.Nodes.JsonNode customer) =>
        state.Options.WrapCustomerAnswers ? ApiResults.Wrapped(message, customer) : ApiResults.Json(customer);

    private static IResult Delete(long id, SandboxState state)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            if (data.Customers.Find(id) is not { } customer)
            {
                return ApiErrors.NotFound("Khách hàng");
            }

            data.Customers.Remove(customer, VietnamTime.Now(state.Clock));
        }

        _ = state.Webhooks.CustomerDeleted(id);
        return ApiResults.Message("Xóa dữ liệu thành công");
    }
}
