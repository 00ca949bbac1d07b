using System;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Accepts Male/Female, Vietnamese Nam/Nữ, M/F and booleans (true = male, as KiotViet stores it).</summary>
public sealed class GenderTransformationAttribute : RowTransformationAttribute
{
    private protected override object? Convert(object? value, object? inputData)
    {
        switch (value)
        {
            case null:
                return null;
            case Gender:
                return value;
            case bool male:
                return male ? Gender.Male : Gender.Female;
            case string text when string.IsNullOrWhiteSpace(text):
                return null;
            case string text:
                switch (text.Trim().ToLowerInvariant())
                {
                    case "male": case "m": case "nam": case "true": case "1":
                        return Gender.Male;
                    case "female": case "f": case "nữ": case "nu": case "false": case "0":
                        return Gender.Female;
                }

                throw new ArgumentTransformationMetadataException($"'{text}' is not a gender. Use Male or Female (Nam or Nữ).");
            default:
                return value;
        }
    }
}
