using System;
using System.Globalization;
using System.Management.Automation;
using KiotViet.Input;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Accepts dates as <see cref="ShopDate"/> reads them in the session's culture (ISO 8601 always; the culture's own
/// writing with or without a time, which is also what Export-Csv wrote), and DateTime/DateTimeOffset objects. An empty
/// CSV cell means "not given". A date with an offset becomes the same instant on the shop's clock (UTC+7).
/// </summary>
public sealed class ShopDateTransformationAttribute : RowTransformationAttribute
{
    private protected override object? Convert(object? value, object? inputData) =>
        value switch
        {
            null => null,
            DateTime => value,
            DateTimeOffset instant => instant.ToOffset(VietnamTime.Offset).DateTime,
            string text when string.IsNullOrWhiteSpace(text) => null,
            string text => ShopDate.TryRead(text, CultureInfo.CurrentCulture, out var date, out var problem)
                ? date
                : throw new ArgumentTransformationMetadataException(problem),
            _ => value,
        };
}
