using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// The bulk customer writes: POST /listaddcutomers (or the other spelling, see
/// <see cref="SandboxOptions.BulkCustomerAddPath"/>) and PUT /listupdatecustomers, body <c>{listCustomers:[…]}</c>,
/// answered with a message only. A batch is all or nothing: one row KiotViet would refuse refuses the whole batch
/// with that row's message, and nothing is saved.
/// </summary>
internal static class CustomerBulkRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var addPath = api.ServiceProvider.GetRequiredService<SandboxState>().Options.BulkCustomerAddPath.Trim('/');
        api.MapPost("/" + addPath, CreateAsync);
        api.MapPut("/listupdatecustomers", UpdateAsync);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SandboxState state)
    {
        if (await BulkBody.RowsAsync(request, "listCustomers") is not { } rows)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        var created = new List<Customer>();
        lock (data.Sync)
        {
            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows)
            {
                var code = BodyFields.String(row, "code")?.Trim();
                if (CustomerValidation.Check(state.Options, data, row, code, exceptId: 0, requireName: true) is { } refusal)
                {
                    return refusal;
                }

                if (!string.IsNullOrEmpty(code) && !codes.Add(code))
                {
                    return DuplicateCode(state.Options, code);
                }
            }

            var now = VietnamTime.Now(state.Clock);
            foreach (var row in rows)
            {
                var code = BodyFields.String(row, "code");
                var customer = new Customer { Id = data.Customers.TakeNextId(), RetailerId = state.Options.RetailerId, CreatedDate = now };
                CustomerFields.Apply(customer, row, clearAbsent: false);
                customer.Code = string.IsNullOrWhiteSpace(code) ? data.Customers.TakeNextCode() : code.Trim();
                data.Customers.Add(customer);
                created.Add(customer.Clone());
            }
        }

        created.ForEach(c => _ = state.Webhooks.CustomerChanged(c));
        return ApiResults.Message("Thêm mới danh sách khách hàng thành công");
    }

    private static async Task<IResult> UpdateAsync(HttpRequest request, SandboxState state)
    {
        if (await BulkBody.RowsAsync(request, "listCustomers") is not { } rows)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        var updated = new List<Customer>();
        lock (data.Sync)
        {
            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var targets = new List<(Customer Customer, JsonObject Row)>();
            foreach (var row in rows)
            {
                if (BodyFields.Long(row, "id") is not { } id || data.Customers.Find(id) is not { } customer)
                {
                    return ApiErrors.Validation(state.Options, $"Khách hàng {BodyFields.String(row, "id")} không tồn tại hoặc đã bị xóa khỏi hệ thống.", new ApiFieldError("NotExist", "Id", "Khách hàng không tồn tại"));
                }

                var code = BodyFields.String(row, "code")?.Trim();
                var requireName = state.Options.UpdateClearsAbsentFields || BodyFields.Has(row, "name");
                if (CustomerValidation.Check(state.Options, data, row, code, customer.Id, requireName) is { } refusal)
                {
                    return refusal;
                }

                if (!string.IsNullOrEmpty(code) && !codes.Add(code))
                {
                    return DuplicateCode(state.Options, code);
                }

                targets.Add((customer, row));
            }

            var now = VietnamTime.Now(state.Clock);
            foreach (var (customer, row) in targets)
            {
                CustomerFields.Apply(customer, row, state.Options.UpdateClearsAbsentFields);
                if (BodyFields.String(row, "code") is { } code && !string.IsNullOrWhiteSpace(code))
                {
                    data.Customers.ChangeCode(customer, code.Trim());
                }

                customer.ModifiedDate = now;
                updated.Add(customer.Clone());
            }
        }

        updated.ForEach(c => _ = state.Webhooks.CustomerChanged(c));
        return ApiResults.Message("Cập nhật danh sách khách hàng thành công");
    }

    private static IResult DuplicateCode(SandboxOptions options, string code)
    {
        var message = $"Mã khách hàng {code} đã tồn tại";
        return ApiErrors.Validation(options, message, new ApiFieldError("DuplicateData", "Code", message));
    }
}
