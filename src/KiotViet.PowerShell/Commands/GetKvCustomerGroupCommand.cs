using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the shop's customer groups (nhóm khách hàng).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvCustomerGroup")]
[OutputType(typeof(CustomerGroup))]
public sealed class GetKvCustomerGroupCommand : KvConnectedCmdlet
{
    /// <summary>Only groups whose name matches this wildcard pattern.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    protected override void End()
    {
        var pattern = Name is null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
        try
        {
            foreach (var group in Stream(Shop.Customers.ListGroups(new PageRequest(), CancellationToken), "Reading KiotViet customer groups"))
            {
                if (pattern is null || pattern.IsMatch(group.Name ?? ""))
                {
                    WriteObject(group);
                }
            }
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, Name);
        }
    }
}
