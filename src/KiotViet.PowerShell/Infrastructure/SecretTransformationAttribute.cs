using System.Management.Automation;
using System.Security;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Lets a secret parameter take a SecureString or a plain string (an Azure Functions app setting arrives as
/// <c>$env:NAME</c>); either way the cmdlet receives a SecureString.
/// </summary>
public sealed class SecretTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value is string text ? SecureStrings.FromPlainText(text) : inputData;
    }
}
