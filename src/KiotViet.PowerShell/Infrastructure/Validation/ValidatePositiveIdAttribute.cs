using System.Collections;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>KiotViet ids are positive; an absent value (an empty CSV cell) is left to the parameter's own rules.</summary>
public sealed class ValidatePositiveIdAttribute : ValidateArgumentsAttribute
{
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
        foreach (var item in value is IEnumerable many and not string ? many : new[] { value })
        {
            if ((item is PSObject w ? w.BaseObject : item) is long id && id < 1)
            {
                throw new ValidationMetadataException($"{id} is not a KiotViet id; ids are 1 or more.");
            }
        }
    }
}
