using System;
using System.Collections;
using System.Management.Automation;
using System.Text.Json;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Sends any request to the connected shop's API, with the module's token, Retailer header, retry, budget and paging.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "KvRequest", DefaultParameterSetName = OneSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, SupportsPaging = true)]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class InvokeKvRequestCommand : KvConnectedCmdlet
{
    private const string OneSet = "One";
    private const string AllSet = "All";
    private const string RawSet = "Raw";

    /// <summary>The endpoint, relative to the API base, e.g. 'customers' or 'pricebooks/12'; a query may be part of it.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    [Parameter(ParameterSetName = OneSet)]
    [Parameter(ParameterSetName = RawSet)]
    [ValidateSet("Get", "Post", "Put", "Delete", "Patch")]
    public string Method { get; set; } = "Get";

    /// <summary>Query parameters; array values are joined with commas, dates sent in shop time.</summary>
    [Parameter]
    public Hashtable? Query { get; set; }

    /// <summary>The JSON body: an object (hashtable, PSCustomObject…) to serialize, or a JSON string sent as it is.</summary>
    [Parameter(ParameterSetName = OneSet, ValueFromPipeline = true)]
    [Parameter(ParameterSetName = RawSet, ValueFromPipeline = true)]
    public object? Body { get; set; }

    /// <summary>Pages a listing (pageSize/currentItem) and writes each row of its data.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AllSet)]
    public SwitchParameter All { get; set; }

    /// <summary>Rows per request with -All, 1 to 100.</summary>
    [Parameter(ParameterSetName = AllSet)]
    [ValidateRange(1, PageRequest.MaxPageSize)]
    public int PageSize { get; set; } = PageRequest.MaxPageSize;

    /// <summary>Writes the answer's text as it came, unparsed.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RawSet)]
    public SwitchParameter Raw { get; set; }

    protected override void Begin()
    {
        if (ParameterSetName != AllSet && (PagingParameters.First != ulong.MaxValue || PagingParameters.Skip != 0 || PagingParameters.IncludeTotalCount))
        {
            ThrowTerminatingError(ErrorRecords.InvalidInput("KiotVietPagingNeedsAll", "-First, -Skip and -IncludeTotalCount page a listing; add -All.", Path));
        }

        base.Begin();
    }

    protected override void Process()
    {
        var request = Build(ParameterSetName == AllSet ? "Get" : Method);
        if (request is null)
        {
            return;
        }

        if (!request.IsRead && !ShouldProcess($"{request} on shop '{Shop.Retailer}'", request.Method.Method))
        {
            return;
        }

        try
        {
            if (All)
            {
                WriteRows(request);
            }
            else
            {
                WriteAnswer(Await(ct => Shop.Raw.SendAsync(request, ct)));
            }
        }
        catch (KiotVietApiException ex) when (!request.IsRead && ex.MayHaveBeenApplied)
        {
            // The answer was lost or garbled after the request was sent: it may have been applied. Never guessed, never resent.
            WriteError(ErrorRecords.OutcomeUnknown(ex, Body ?? request.ToString()));
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, request.ToString());
        }
    }

    private RawRequest? Build(string method)
    {
        try
        {
            var request = new RawRequest(method, Path!);
            foreach (DictionaryEntry entry in Query ?? new Hashtable())
            {
                request.AddQuery(entry.Key?.ToString() ?? "", QueryValue.Format(entry.Value));
            }

            return Body switch
            {
                null => request,
                string json => request.WithJsonBody(json),
                PSObject { BaseObject: string json } => request.WithJsonBody(json),
                _ => request.WithBody(JsonObjects.FromPowerShell(Body)),
            };
        }
        catch (ArgumentException ex)
        {
            WriteError(new ErrorRecord(ex, "KiotVietInvalidRequest", ErrorCategory.InvalidArgument, Path));
            return null;
        }
    }

    private void WriteRows(RawRequest request)
    {
        var listing = Shop.Raw.List(request, PagingRequest.From(PagingParameters, PageSize), CancellationToken);
        foreach (var row in Stream(listing, $"Reading /{request.Path}"))
        {
            WriteObject(JsonObjects.ToPowerShell(row.Value));
        }

        if (PagingParameters.IncludeTotalCount && listing.Total is { } total)
        {
            WriteObject(PagingParameters.NewTotalCount((ulong)total, 1.0));
        }
    }

    private void WriteAnswer(RawResponse answer)
    {
        if (Raw)
        {
            WriteObject(answer.Text);
        }
        else if (answer.Json is { } json)
        {
            WriteObject(JsonObjects.ToPowerShell(json), enumerateCollection: json.ValueKind == JsonValueKind.Array);
        }
        else if (answer.Text.Length > 0)
        {
            WriteObject(answer.Text);
        }
    }
}
