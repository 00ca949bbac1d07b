using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// A check of a bound value. A value typed on the command line is refused at binding as PowerShell does; a row piped
/// into one of the module's cmdlets is checked by the cmdlet in its turn instead, which refuses the row naming it and
/// the field and counts it (<see cref="RowBinding"/>).
/// </summary>
public abstract class RowValidationAttribute : ValidateArgumentsAttribute
{
    protected sealed override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        if (!RowBinding.Deferred && ProblemWith(arguments) is { } problem)
        {
            throw new ValidationMetadataException(problem);
        }
    }

    /// <summary>What is wrong with the value, or null when it can be sent.</summary>
    public string? ProblemWith(object? arguments) => Problem(arguments is PSObject wrapped ? wrapped.BaseObject : arguments);

    /// <param name="value">The value unwrapped from its PSObject.</param>
    private protected abstract string? Problem(object? value);
}
