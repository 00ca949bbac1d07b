using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates KiotViet customers, from parameters or from pipeline rows such as Import-Csv.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Customer))]
public sealed class NewKvCustomerCommand : CustomerWriteCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerName", "FullName")]
    [ValidateNotNullOrEmpty]
    public override string? Name { get; set; }

    protected override void ProcessRecord()
    {
        var draft = BuildDraft();
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            WriteError(ErrorRecords.InvalidInput("KiotVietCustomerNameMissing", "A customer needs a name.", ErrorTarget));
            return;
        }

        if (Problems(draft) is { } problems)
        {
            WriteError(ErrorRecords.InvalidInput("KiotVietInvalidCustomer", $"Customer '{draft.Name}' was not sent: {problems}", ErrorTarget));
            return;
        }

        var description = draft.ContactNumber is null ? draft.Name! : $"{draft.Name} ({draft.ContactNumber})";
        if (!ShouldProcess(description, "Create KiotViet customer"))
        {
            return;
        }

        try
        {
            WriteObject(Await(ct => Shop.Customers.CreateAsync(draft, ct)));
        }
        catch (KiotVietApiException ex)
        {
            var advice = ex.Kind is KiotVietErrorKind.Timeout or KiotVietErrorKind.Transport or KiotVietErrorKind.ServerError
                ? $"The create was not repeated, because KiotViet may have saved '{draft.Name}' already: look it up (Get-KvCustomer -ContactNumber or -Code) before sending this row again."
                : null;
            WriteApiError(ex, ErrorTarget, advice);
        }
    }
}
