using System;
using System.Globalization;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Accepts dates the way shops write them: DateTime objects, ISO dates, and Vietnamese day-first dates
/// (23/11/2026). An empty CSV cell means "not given".
/// </summary>
public sealed class ShopDateTransformationAttribute : ArgumentTransformationAttribute
{
    private static readonly string[] Formats =
    {
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm",
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd-MM-yyyy", "d-M-yyyy",
    };

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value switch
        {
            null => null,
            DateTime or DateTimeOffset => value,
            string text when string.IsNullOrWhiteSpace(text) => null,
            string text => Parse(text.Trim()),
            _ => value,
        };
    }

    private static object Parse(string text)
    {
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        // ISO 8601 with time: an offset or Z is honoured exactly; without one the kind stays unspecified (shop time).
        if (text.IndexOf('T') > 0 && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso))
        {
            return iso;
        }

        throw new ArgumentTransformationMetadataException($"'{text}' is not a date. Use yyyy-MM-dd (2026-11-23) or dd/MM/yyyy (23/11/2026).");
    }
}
