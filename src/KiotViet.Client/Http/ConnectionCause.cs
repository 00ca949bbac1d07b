using System;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace KiotViet.Http;

/// <summary>Why a connection failed, as far as it tells whether trying again can help and what the user should check.</summary>
internal static class ConnectionCause
{
    public const int Other = 0;
    public const int Refused = 1;
    public const int Tls = 2;

    public static int Of(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                return Refused;
            }

            if (e is AuthenticationException)
            {
                return Tls;
            }
#if !NET
            if (e is WebException { Status: WebExceptionStatus.SecureChannelFailure or WebExceptionStatus.TrustFailure })
            {
                return Tls;
            }
#endif
        }

        return Other;
    }

    /// <summary>The message of the deepest cause, which is where .NET says what actually happened.</summary>
    public static string Innermost(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner.Message;
    }

    /// <summary>The outer message, and the innermost one when it adds something (".. see inner exception" says nothing).</summary>
    public static string Describe(Exception ex)
    {
        var innermost = Innermost(ex);
        return ReferenceEquals(innermost, ex.Message) || ex.Message.Contains(innermost) ? ex.Message : $"{ex.Message.TrimEnd('.')}: {innermost}";
    }
}
