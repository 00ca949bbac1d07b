using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Security;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The secrets of the webhooks registered through each connection in this session (KiotViet never returns a secret),
/// so Receive-KvWebhook can verify their deliveries without -Secret. Kept as SecureStrings, gone with the connection.
/// </summary>
internal static class RegisteredWebhookSecrets
{
    private static readonly ConditionalWeakTable<KiotVietConnection, Dictionary<string, SecureString>> ByConnection = new();

    public static void Remember(KiotVietConnection connection, string type, string secret)
    {
        var secrets = ByConnection.GetValue(connection, _ => new Dictionary<string, SecureString>(StringComparer.OrdinalIgnoreCase));
        lock (secrets)
        {
            secrets[type] = SecureStrings.FromPlainText(secret);
        }
    }

    /// <summary>The plain secrets, for the receiver's run only.</summary>
    public static IReadOnlyList<string> Reveal(KiotVietConnection connection)
    {
        if (!ByConnection.TryGetValue(connection, out var secrets))
        {
            return Array.Empty<string>();
        }

        lock (secrets)
        {
            return secrets.Values.Select(SecureStrings.Reveal).ToList();
        }
    }
}
