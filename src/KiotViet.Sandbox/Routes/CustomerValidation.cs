using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>Validation of customer writes: a name is required, codes are unique.</summary>
internal static class CustomerValidation
{
    public static IResult? Check(SandboxOptions options, ShopData data, JsonObject body, string? code, long exceptId, bool requireName)
    {
        if (requireName && string.IsNullOrWhiteSpace(BodyFields.String(body, "name")))
        {
            return ApiErrors.Validation(options, "Tên khách hàng không được để trống", new ApiFieldError("NotEmpty", "Name", "Tên khách hàng không được để trống"));
        }

        if (!string.IsNullOrWhiteSpace(code) && data.Customers.CodeTaken(code.Trim(), exceptId))
        {
            var message = $"Mã khách hàng {code.Trim()} đã tồn tại";
            return ApiErrors.Validation(options, message, new ApiFieldError("DuplicateData", "Code", message));
        }

        return null;
    }
}
