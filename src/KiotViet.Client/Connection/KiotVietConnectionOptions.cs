using System;
using KiotViet.Http;

namespace KiotViet;

/// <summary>Everything needed to talk to one KiotViet shop. Validate() refuses anything unsafe or incomplete.</summary>
public sealed class KiotVietConnectionOptions
{
    public const int DefaultGetRequestsPerHour = 5000;

    /// <summary>How long a failing request is retried by default: a restart or a short outage of KiotViet is waited out.</summary>
    public static readonly TimeSpan DefaultRetryWindow = TimeSpan.FromMinutes(10);

    /// <summary>How many creates or updates a bulk write keeps in flight at once by default.</summary>
    public const int DefaultMaxWritesInFlight = 4;

    /// <summary>The most writes a bulk write may keep in flight (and the connections opened to the API): more would only meet the API's 429s.</summary>
    public const int MostWritesInFlight = 8;

    public static readonly TimeSpan DefaultInitialRetryDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(100);

    public string Retailer { get; set; } = "";

    public string ClientId { get; set; } = "";

    public ClientSecret? ClientSecret { get; set; }

    public KiotVietEdition Edition { get; set; } = KiotVietEdition.Retail;

    /// <summary>API root; defaults to the edition's public host.</summary>
    public Uri? ApiBaseUri { get; set; }

    /// <summary>Token endpoint; defaults to the edition's identity server.</summary>
    public Uri? TokenUri { get; set; }

    /// <summary>OAuth scope sent as the <c>scopes</c> form field; defaults to the edition's scope.</summary>
    public string? Scope { get; set; }

    /// <summary>Client-side budget for GET requests in any rolling hour (the API allows 5000).</summary>
    public int GetRequestsPerHour { get; set; } = DefaultGetRequestsPerHour;

    /// <summary>
    /// How long an operation whose requests keep failing transiently (5xx, 429, timeouts, dropped connections, refused
    /// connections to an address that answered before) is retried, from its first failure. A write, with its lookups
    /// and resends, is one operation.
    /// </summary>
    public TimeSpan RetryWindow { get; set; } = DefaultRetryWindow;

    /// <summary>At most this many retries per operation, within <see cref="RetryWindow"/>; null (the default): as many as the window allows. 0 fails fast.</summary>
    public int? MaxRetries { get; set; }

    /// <summary>First back-off delay; it doubles on each retry, with jitter, up to 30 s.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = DefaultInitialRetryDelay;

    /// <summary>Longest single back-off or Retry-After wait the client accepts before giving up.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Time allowed for one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = DefaultRequestTimeout;

    /// <summary>A token is renewed this long before it expires.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many pages a listing may request ahead of the consumer (1 = strictly sequential).</summary>
    public int PageReadAhead { get; set; } = 4;

    /// <summary>How many creates or updates a bulk write keeps in flight at once (1 = one at a time); outcomes stay in input order.</summary>
    public int MaxWritesInFlight { get; set; } = DefaultMaxWritesInFlight;

    /// <summary>How much a listing tolerates from a malformed server answer before it stops (see <see cref="ListingLimits"/>).</summary>
    public ListingLimits Listing { get; set; } = new();

    public Uri EffectiveApiBaseUri => EnsureTrailingSlash(ApiBaseUri ?? EditionDefaults.For(Edition).ApiBaseUri);

    public Uri EffectiveTokenUri => TokenUri ?? EditionDefaults.For(Edition).TokenUri;

    public string EffectiveScope => string.IsNullOrWhiteSpace(Scope) ? EditionDefaults.For(Edition).Scope : Scope!;

    /// <summary>Throws ArgumentException with a message a user can act on.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Retailer))
        {
            throw new ArgumentException("The retailer (shop name, e.g. 'myshop' for myshop.kiotviet.vn) is required.");
        }

        if (Retailer.IndexOfAny(new[] { ' ', '/', ':', '\r', '\n' }) >= 0 || Retailer.Contains(".") || HasControlCharacter(Retailer))
        {
            throw new ArgumentException($"'{Retailer}' is not a retailer name. Use the shop name only, e.g. 'myshop', not a URL.");
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            throw new ArgumentException("The client id is required (KiotViet: Thiết lập cửa hàng > Thiết lập kết nối API).");
        }

        if (HasControlCharacter(ClientId))
        {
            throw new ArgumentException("The client id contains a control character; copy it again from Thiết lập cửa hàng > Thiết lập kết nối API.");
        }

        if (ClientSecret is null)
        {
            throw new ArgumentException("The client secret is required (KiotViet: Thiết lập cửa hàng > Thiết lập kết nối API).");
        }

        RequireSafeUri(ApiBaseUri ?? EditionDefaults.For(Edition).ApiBaseUri, "API base URI");
        RequireSafeUri(EffectiveTokenUri, "token URI");

        if (GetRequestsPerHour < 1)
        {
            throw new ArgumentException("The GET request budget must be at least 1 per hour.");
        }

        if (MaxRetries < 0 || PageReadAhead < 1)
        {
            throw new ArgumentException("MaxRetries must be 0 or more and PageReadAhead at least 1.");
        }

        if (MaxWritesInFlight < 1 || MaxWritesInFlight > MostWritesInFlight)
        {
            throw new ArgumentException($"MaxWritesInFlight must be between 1 and {MostWritesInFlight}.");
        }

        if (RetryWindow < TimeSpan.Zero)
        {
            throw new ArgumentException("The retry window must be 0 or more.");
        }

        if (InitialRetryDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero || InitialRetryDelay > MaxRetryDelay)
        {
            throw new ArgumentException($"The retry delays must be 0 or more, and the initial delay ({InitialRetryDelay}) no longer than the longest ({MaxRetryDelay}).");
        }

        if (RequestTimeout <= TimeSpan.Zero || TokenRefreshMargin < TimeSpan.Zero)
        {
            throw new ArgumentException("The request timeout must be positive and the token refresh margin 0 or more.");
        }

        (Listing ?? throw new ArgumentException("Listing limits are required.")).Validate();
    }

    /// <summary>HTTPS everywhere, except loopback addresses (the local sandbox).</summary>
    public static void RequireSafeUri(Uri uri, string what)
    {
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException($"The {what} '{uri}' must be an absolute URI, e.g. https://public.kiotapi.com or http://127.0.0.1:5080 for the local sandbox.");
        }

        if (!SecureUri.IsHttpsOrLoopback(uri))
        {
            throw new ArgumentException($"The {what} '{uri.GetLeftPart(UriPartial.Authority)}' must use HTTPS. Plain HTTP is allowed only for loopback addresses such as the local sandbox.");
        }
    }

    private static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static Uri EnsureTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
}
