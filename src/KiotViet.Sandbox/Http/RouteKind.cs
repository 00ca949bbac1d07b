using KiotViet.Sandbox.Auth;

namespace KiotViet.Sandbox.Http;

/// <summary>Which part of the sandbox a path belongs to.</summary>
internal enum RouteKind
{
    Control,
    Token,
    RetailApi,
    FnbApi,
}

internal static class SandboxRoutes
{
    public const string ControlPrefix = "/_sandbox";
    public const string FnbPrefix = "/fnb";

    public static RouteKind Classify(string path)
    {
        if (Controls.RoutePrefix.Matches(path, ControlPrefix))
        {
            return RouteKind.Control;
        }

        if (path.Equals(TokenEndpoint.RetailPath, StringComparison.OrdinalIgnoreCase) || path.Equals(TokenEndpoint.FnbPath, StringComparison.OrdinalIgnoreCase))
        {
            return RouteKind.Token;
        }

        return Controls.RoutePrefix.Matches(path, FnbPrefix) ? RouteKind.FnbApi : RouteKind.RetailApi;
    }
}
