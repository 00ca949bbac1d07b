using System;
using System.Collections.Generic;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Accepts ids as numbers, arrays, or one CSV cell such as "12;15" or "12,15". An empty cell means none given.</summary>
public sealed class IdListTransformationAttribute : RowTransformationAttribute
{
    private protected override object? Convert(object? value, object? inputData)
    {
        if (value is not string text)
        {
            return inputData;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ids = new List<long>();
        foreach (var part in text.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            ids.Add(IdTransformationAttribute.Read(part));
        }

        return ids.ToArray();
    }
}
