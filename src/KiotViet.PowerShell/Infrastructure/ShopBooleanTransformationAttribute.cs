using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// A yes/no field as a CSV holds it: True/False (what Export-Csv writes), 1/0, Yes/No, Có/Không, x (a ticked cell); an empty cell means
/// not given. PowerShell itself binds no text to a [bool] parameter, so without this no CSV row with the column binds.
/// </summary>
public sealed class ShopBooleanTransformationAttribute : RowTransformationAttribute
{
    private protected override object? Convert(object? value, object? inputData) => value switch
    {
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text => text.Trim().ToLowerInvariant() switch
        {
            "true" or "1" or "yes" or "y" or "có" or "co" or "x" => true,
            "false" or "0" or "no" or "n" or "không" or "khong" => false,
            _ => throw new ArgumentTransformationMetadataException($"'{text}' is not yes or no. Use True or False (1 or 0)."),
        },
        _ => inputData,
    };
}
