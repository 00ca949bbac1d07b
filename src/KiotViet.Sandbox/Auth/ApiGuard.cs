using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Auth;

/// <summary>The checks every API call passes: the Retailer header names this shop, and the bearer token is valid for the edition.</summary>
internal static class ApiGuard
{
    public static IResult? Check(HttpContext context, SandboxState state, Edition edition)
    {
        var retailer = context.Request.Headers["Retailer"].ToString();
        if (!state.Options.ServesRetailer(retailer))
        {
            var message = retailer.Length == 0 ? "Thiếu thông tin Retailer trong header." : $"Retailer '{retailer}' không tồn tại hoặc không khớp với token.";
            return ApiErrors.Envelope(state.Options.RetailerErrorStatusCode, "RetailerException", message);
        }

        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        return state.Tokens.Check(token, edition) switch
        {
            TokenCheck.Valid => null,
            TokenCheck.Expired => ApiErrors.Token("Token đã hết hạn."),
            TokenCheck.WrongEdition => ApiErrors.Token("Token không có quyền truy cập API này."),
            _ => ApiErrors.Token(token is null ? "Thiếu access token." : "Token không hợp lệ."),
        };
    }
}
