using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KiotViet.Json;

/// <summary>
/// A day without a time of day (a birth date): read as the shop's calendar day (kind Unspecified, midnight), so it
/// exports to CSV as the culture's date and Excel reads it as a date; written as that day at midnight, shop time.
/// </summary>
internal sealed class ShopCalendarDateConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTime.SpecifyKind(new VietnamDateTimeOffsetConverter().Read(ref reader, typeof(DateTimeOffset), options).DateTime.Date, DateTimeKind.Unspecified);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
}
