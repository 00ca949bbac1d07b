using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>An empty or blank CSV cell binds as "not given" instead of an empty value.</summary>
public sealed class EmptyAsNullTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value is string text && string.IsNullOrWhiteSpace(text) ? null : inputData;
    }
}
