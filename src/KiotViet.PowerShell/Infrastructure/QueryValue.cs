using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using KiotViet.Json;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A -Query value as KiotViet expects it: lists comma-joined, dates in shop time, booleans lowercase.</summary>
internal static class QueryValue
{
    public static string? Format(object? value) => (value is PSObject wrapped ? wrapped.BaseObject : value) switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        SwitchParameter flag => flag.IsPresent ? "true" : "false",
        DateTime date => VietnamTime.Format(date),
        DateTimeOffset date => VietnamTime.Format(date),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => string.Join(",", list.Cast<object?>().Select(Format).Where(v => v is not null)),
        var other => other.ToString(),
    };
}
