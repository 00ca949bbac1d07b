using System;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A TimeSpan between 0 and <see cref="MaxSeconds"/>, e.g. a retry delay.</summary>
public sealed class ValidateDurationAttribute : ValidateArgumentsAttribute
{
    public ValidateDurationAttribute(double maxSeconds) => MaxSeconds = maxSeconds;

    public double MaxSeconds { get; }

    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        if ((arguments is PSObject wrapped ? wrapped.BaseObject : arguments) is TimeSpan span && (span < TimeSpan.Zero || span.TotalSeconds > MaxSeconds))
        {
            throw new ValidationMetadataException($"{span} is not between 0 and {TimeSpan.FromSeconds(MaxSeconds)}.");
        }
    }
}
