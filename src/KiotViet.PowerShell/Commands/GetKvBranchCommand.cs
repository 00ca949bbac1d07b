using System;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the shop's branches (chi nhánh).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvBranch")]
[OutputType(typeof(Branch), typeof(RemovedRecord))]
public sealed class GetKvBranchCommand : KvConnectedCmdlet
{
    /// <summary>Only branches whose name matches this wildcard pattern.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    /// <summary>Only branches changed at or after this time.</summary>
    [Parameter]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime ModifiedSince { get; set; }

    /// <summary>Also emit a removal record for each branch removed since -ModifiedSince.</summary>
    [Parameter]
    public SwitchParameter IncludeRemoved { get; set; }

    protected override void End()
    {
        var pattern = Name is null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
        DateTime? since = MyInvocation.BoundParameters.ContainsKey(nameof(ModifiedSince)) ? ModifiedSince : null;
        try
        {
            var listing = Shop.Branches.List(since, IncludeRemoved, new PageRequest(), CancellationToken);
            foreach (var branch in Stream(listing, "Reading KiotViet branches"))
            {
                if (pattern is null || pattern.IsMatch(branch.BranchName ?? ""))
                {
                    WriteObject(branch);
                }
            }

            if (IncludeRemoved)
            {
                foreach (var id in listing.RemovedIds)
                {
                    WriteObject(new RemovedRecord("Branch", id));
                }
            }
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, Name);
        }
    }
}
