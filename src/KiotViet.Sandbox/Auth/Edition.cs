namespace KiotViet.Sandbox.Auth;

/// <summary>The two KiotViet editions and their token scopes.</summary>
internal enum Edition
{
    Retail,
    Fnb,
}

internal static class Scopes
{
    public const string Retail = "PublicApi.Access";
    public const string Fnb = "PublicApi.Access.FNB";

    public static Edition? Parse(string? scope, Edition whenMissing) => scope switch
    {
        null or "" => whenMissing,
        Retail => Edition.Retail,
        Fnb => Edition.Fnb,
        _ => null,
    };
}
