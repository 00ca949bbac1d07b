using System;
using System.Net;

namespace KiotViet.Http;

/// <summary>The one transport-security rule for addresses the module sends data to: https, or plain http on loopback only.</summary>
internal static class SecureUri
{
    public static bool IsHttpsOrLoopback(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
