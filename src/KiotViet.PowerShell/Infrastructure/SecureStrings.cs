using System.Net;
using System.Security;

namespace KiotViet.Commands.Infrastructure;

/// <summary>The two conversions a cmdlet needs between SecureString and the plain text the engine signs with.</summary>
internal static class SecureStrings
{
    public static string Reveal(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;

    public static SecureString FromPlainText(string text)
    {
        var secure = new SecureString();
        foreach (var c in text)
        {
            secure.AppendChar(c);
        }

        secure.MakeReadOnly();
        return secure;
    }
}
