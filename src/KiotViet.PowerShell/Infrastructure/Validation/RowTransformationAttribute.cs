using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// A conversion of what the user gave (a CSV cell, a typed value) into what the parameter takes. When it fails for a
/// row piped into one of the module's cmdlets, the row is not dropped at binding: the value binds as
/// <see cref="DeferredValue"/> and the cmdlet refuses the row in its turn, naming it and the field (<see cref="RowBinding"/>).
/// </summary>
public abstract class RowTransformationAttribute : ArgumentTransformationAttribute
{
    /// <summary>What binds while the failure waits for the cmdlet: null, or 0 where the parameter cannot hold null.</summary>
    internal virtual object? DeferredValue => null;

    public sealed override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        try
        {
            return Convert(inputData is PSObject wrapped ? wrapped.BaseObject : inputData, inputData);
        }
        catch (ArgumentTransformationMetadataException ex) when (RowBinding.Deferred)
        {
            RowBinding.Defer(this, inputData, ex.Message);
            return DeferredValue;
        }
    }

    /// <summary>The value the parameter takes; throws <see cref="ArgumentTransformationMetadataException"/> saying what is wrong.</summary>
    /// <param name="value">The value unwrapped from its PSObject.</param>
    /// <param name="inputData">The value as given, returned when there is nothing to convert.</param>
    private protected abstract object? Convert(object? value, object? inputData);
}
