using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets cash book entries (sổ quỹ): receipts and payments, streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvCashFlow", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(CashFlow))]
public sealed class GetKvCashFlowCommand : KvPeriodListingCmdlet<CashFlow, CashFlowQuery>
{
    /// <summary>Receipt (money in) or Payment (money out).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Receipt", "Payment")]
    public string? Direction { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Cash", "Card", "Transfer")]
    public string? Method { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Customer", "Supplier", "User", "DeliveryPartner", "Other")]
    public string? PartnerType { get; set; }

    /// <summary>Partners whose name contains this text.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? PartnerName { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Paid", "Cancelled")]
    public string? Status { get; set; }

    protected override string ItemsName => "cash book entries";

    protected override CashFlowQuery NewPeriodQuery() => new()
    {
        IsReceipt = Direction is null ? null : Direction == "Receipt",
        Method = Method,
        PartnerType = PartnerType is null ? null : PartnerType == "DeliveryPartner" ? "D" : PartnerType.Substring(0, 1),
        PartnerName = PartnerName,
        Status = Status is null ? null : Status == "Paid" ? 0 : 1,
    };
}
