namespace KiotViet.Sandbox.Auth;

/// <summary>POST /connect/token (retail, id.kiotviet.vn style) and /identity/connect/token (F&amp;B): client_credentials only.</summary>
internal static class TokenEndpoint
{
    public const string RetailPath = "/connect/token";
    public const string FnbPath = "/identity/connect/token";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(RetailPath, (HttpContext context, SandboxState state) => IssueAsync(context, state, Edition.Retail));
        app.MapPost(FnbPath, (HttpContext context, SandboxState state) => IssueAsync(context, state, Edition.Fnb));
    }

    private static async Task<IResult> IssueAsync(HttpContext context, SandboxState state, Edition defaultEdition)
    {
        if (!context.Request.HasFormContentType)
        {
            return OAuthError("invalid_request", "Content-Type must be application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "client_credentials")
        {
            return OAuthError("unsupported_grant_type", null);
        }

        if (form["client_id"] != state.Options.ClientId || form["client_secret"] != state.Options.ClientSecret)
        {
            return OAuthError("invalid_client", null);
        }

        var scope = form["scopes"].ToString();
        if (scope.Length == 0)
        {
            scope = form["scope"].ToString();
        }

        var edition = Scopes.Parse(scope, defaultEdition);
        if (edition is null)
        {
            return OAuthError("invalid_scope", null);
        }

        var (token, lifetime) = state.Tokens.Issue(edition.Value);
        return Results.Json(new { access_token = token, expires_in = (long)lifetime.TotalSeconds, token_type = "Bearer" });
    }

    private static IResult OAuthError(string error, string? description) =>
        Results.Json(description is null ? new Dictionary<string, string> { ["error"] = error } : new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: StatusCodes.Status400BadRequest);
}
