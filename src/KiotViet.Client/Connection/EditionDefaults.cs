using System;

namespace KiotViet;

/// <summary>Public endpoints per edition, as KiotViet's API reference gives them. The F&amp;B token endpoint is uncertain: override with TokenUri.</summary>
internal sealed class EditionDefaults
{
    private static readonly EditionDefaults RetailDefaults = new(
        new Uri("https://public.kiotapi.com/"),
        new Uri("https://id.kiotviet.vn/connect/token"),
        "PublicApi.Access");

    private static readonly EditionDefaults FnbDefaults = new(
        new Uri("https://publicfnb.kiotapi.com/"),
        new Uri("https://api.fnb.kiotviet.vn/identity/connect/token"),
        "PublicApi.Access.FNB");

    private EditionDefaults(Uri apiBaseUri, Uri tokenUri, string scope)
    {
        ApiBaseUri = apiBaseUri;
        TokenUri = tokenUri;
        Scope = scope;
    }

    public Uri ApiBaseUri { get; }

    public Uri TokenUri { get; }

    public string Scope { get; }

    public static EditionDefaults For(KiotVietEdition edition) => edition == KiotVietEdition.FnB ? FnbDefaults : RetailDefaults;
}
