using System.Globalization;

namespace KiotViet.Sandbox.Http;

/// <summary>KiotViet speaks Vietnam local time (UTC+7, no daylight saving) and writes it without an offset.</summary>
internal static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateTime Now(TimeProvider clock) => Truncate(clock.GetUtcNow().ToOffset(Offset).DateTime);

    public static DateTime Truncate(DateTime value) =>
        DateTime.SpecifyKind(new DateTime(value.Ticks - value.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Unspecified);

    /// <summary>Parses a caller's date: no offset means Vietnam time; an offset or Z is converted to Vietnam time.</summary>
    public static bool TryParse(string? text, out DateTime value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        var hasOffset = text.TrimEnd().EndsWith('Z') || HasExplicitOffset(text);
        value = hasOffset
            ? DateTime.SpecifyKind(parsed.ToOffset(Offset).DateTime, DateTimeKind.Unspecified)
            : DateTime.SpecifyKind(parsed.UtcDateTime, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Webhook payload dates: explicit +07:00 and seven fractional digits.</summary>
    public static string ForWebhook(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture) + "+07:00";

    private static bool HasExplicitOffset(string text)
    {
        var timeStart = text.IndexOf('T');
        if (timeStart < 0)
        {
            timeStart = text.IndexOf(' ');
        }

        return timeStart >= 0 && text.AsSpan(timeStart).IndexOfAny('+', '-') >= 0;
    }
}
