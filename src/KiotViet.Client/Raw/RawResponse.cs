using System.Text;
using System.Text.Json;

namespace KiotViet;

/// <summary>An answer as the API sent it: the body's text and, when it is JSON, its parsed value.</summary>
public sealed class RawResponse
{
    internal RawResponse(byte[] body)
    {
        Text = Encoding.UTF8.GetString(body);
        if (Text.Trim().Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                Json = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Not JSON (an HTML error page, plain text): Text still carries it.
            }
        }
    }

    public string Text { get; }

    /// <summary>The parsed body; null when it was empty or not JSON.</summary>
    public JsonElement? Json { get; }
}
