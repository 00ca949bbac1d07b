using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using KiotViet.Webhooks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Accepts only the event types the engine knows (in any case): the one list, read from WebhookEventTypes.</summary>
public sealed class ValidateWebhookTypeAttribute : ValidateArgumentsAttribute
{
    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
        if (!WebhookEventTypes.IsKnown(value as string))
        {
            throw new ValidationMetadataException($"The argument \"{value}\" does not belong to the set of KiotViet webhook event types \"{string.Join(",", WebhookEventTypes.All)}\". Supply one of them and try the command again.");
        }
    }
}

/// <summary>Completes the event types KiotViet sends.</summary>
public sealed class WebhookTypeCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = wordToComplete.Trim('\'', '"');
        return WebhookEventTypes.All
            .Where(t => t.StartsWith(typed, System.StringComparison.OrdinalIgnoreCase))
            .Select(t => new CompletionResult(t, t, CompletionResultType.ParameterValue, t));
    }
}
