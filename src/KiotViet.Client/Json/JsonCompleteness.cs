using System.Text.Json;

namespace KiotViet.Json;

/// <summary>Tells a body cut off on the way (a retry may bring it whole) from one that arrived whole but is wrong (a retry brings the same).</summary>
internal static class JsonCompleteness
{
    /// <summary>True when the body is empty or the valid start of a JSON document that ends too soon.</summary>
    public static bool IsCutOff(byte[] body)
    {
        if (body.Length == 0)
        {
            return true;
        }

        // Read as if more could follow: a reader that runs out of bytes stops without error inside an unfinished value.
        var reader = new Utf8JsonReader(body, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            return false; // what arrived is already not JSON
        }

        return reader.CurrentDepth > 0 || reader.BytesConsumed < TrimmedLength(body);
    }

    /// <summary>The start of a body as printable text, for messages about answers that are not JSON at all.</summary>
    public static string Preview(byte[] body, int length = 60)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, System.Math.Min(body.Length, length * 4));
        var builder = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (builder.Length >= length)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    private static long TrimmedLength(byte[] body)
    {
        var end = body.Length;
        while (end > 0 && body[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            end--;
        }

        return end;
    }
}
