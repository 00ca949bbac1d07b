using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Finds the existing customer for a lead by e-mail or phone number, as CRM integrations match them.</para>
/// </summary>
[Cmdlet(VerbsCommon.Find, "KvCustomer")]
[OutputType(typeof(Customer))]
public sealed class FindKvCustomerCommand : KvConnectedCmdlet
{
    /// <summary>Matched case-insensitively; an e-mail match wins over a phone match.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("EmailAddress")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Email)]
    public string? Email { get; set; }

    /// <summary>Matched in any notation: 0901 234 567, +84 901.234.567 and 84901234567 are the same number.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Phone", "PhoneNumber", "Mobile")]
    [EmptyAsNullTransformation]
    [ValidatePhoneNumber]
    public string? ContactNumber { get; set; }

    /// <summary>Rebuild the cached customer index (e-mail lookups read every customer once and keep the index for 5 minutes).</summary>
    [Parameter]
    public SwitchParameter Refresh { get; set; }

    protected override void Process()
    {
        if (Email is null && ContactNumber is null)
        {
            WriteError(ErrorRecords.InvalidInput("KiotVietNothingToMatch", "Give -Email or -ContactNumber (or pipe objects with those properties).", null));
            return;
        }

        try
        {
            var match = Email is not null || Refresh || Shop.CustomerIndex.IsCached
                ? Await(ct => Shop.CustomerIndex.GetAsync(Refresh, ct)).Find(Email, ContactNumber)
                : Await(ct => Shop.Customers.FindByPhoneAsync(ContactNumber!, ct)).FirstOrDefault();
            Refresh = false;
            if (match is null)
            {
                WriteVerbose($"No customer matches {Email ?? ContactNumber}.");
                return;
            }

            WriteObject(match);
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, (object?)Email ?? ContactNumber);
        }
    }
}
