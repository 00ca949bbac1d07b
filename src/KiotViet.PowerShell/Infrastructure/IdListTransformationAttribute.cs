using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Accepts ids as numbers, arrays, or one CSV cell such as "12;15" or "12,15". An empty cell means none given.</summary>
public sealed class IdListTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
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
            if (!long.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                throw new ArgumentTransformationMetadataException($"'{part}' is not a numeric id.");
            }

            ids.Add(id);
        }

        return ids.ToArray();
    }
}
