using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates stock transfers between branches (chuyển hàng, POST /transfers), lines from the pipeline, a CSV or -Line.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvTransfer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Transfer))]
public sealed class NewKvTransferCommand : KvStockDocumentCreateCmdlet<NewKvTransferCommand.Header, Transfer>
{
    /// <summary>The branch the goods leave: its id, name or code.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FromBranchId", "FromBranchName")]
    [ArgumentCompleter(typeof(BranchCompleter))]
    [ValidateShopText(TextLimits.Line)]
    [AllowEmptyString]
    [ValidateGiven]
    public string? FromBranch { get; set; }

    /// <summary>The branch the goods go to: its id, name or code.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ToBranchId", "ToBranchName")]
    [ArgumentCompleter(typeof(BranchCompleter))]
    [ValidateShopText(TextLimits.Line)]
    [AllowEmptyString]
    [ValidateGiven]
    public string? ToBranch { get; set; }

    /// <summary>The transfer's code; KiotViet numbers it (CH…) without one. With a code, a lost answer is always checkable.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("TransferCode")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? Code { get; set; }

    /// <summary>What arrived of this row's line, with -Received (default: what was sent).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    public decimal? ReceivedQuantity { get; set; }

    /// <summary>Keeps the transfer as a draft (Phiếu tạm): no stock moves until it is sent (Set-KvTransfer -Send).</summary>
    [Parameter]
    public SwitchParameter Draft { get; set; }

    /// <summary>Records it as received at once (Đã nhận): the goods enter the receiving branch's stock too.</summary>
    [Parameter]
    public SwitchParameter Received { get; set; }

    private protected override string Noun => "transfer";

    private protected override string TypeNoun => "Transfer";

    private protected override bool PriceRequired => false;

    private protected override Header ReadHeader()
    {
        if (string.IsNullOrWhiteSpace(FromBranch) || string.IsNullOrWhiteSpace(ToBranch))
        {
            throw new ArgumentException("Give FromBranch and ToBranch (each an id, name or code).");
        }

        if (Draft && Received)
        {
            throw new ArgumentException("-Draft and -Received contradict each other: a draft is neither sent nor received.");
        }

        var from = Await(ct => Parties.BranchAsync(FromBranch!, ct));
        var to = Await(ct => Parties.BranchAsync(ToBranch!, ct));
        if (from.Id == to.Id)
        {
            throw new ArgumentException($"FromBranch and ToBranch are the same branch ({from.BranchName}).");
        }

        return new Header(from, to, Code?.Trim(), Description);
    }

    private protected override string KeyOf(Header header) => string.Join("\u001f", header.From.Id, header.To.Id, header.Code, header.Description);

    private protected override StockLineInput? RowLine() => ColumnsLine(null, null, ReceivedQuantity);

    private protected override string Describe(Header header) =>
        $"from branch {header.From.BranchName} to branch {header.To.BranchName}"
        + (header.Code is { } code ? $" as {code}" : "")
        + (Draft ? " as a draft" : Received ? ", received" : ", sent");

    private protected override Task<Transfer> CreateAsync(Header header, IReadOnlyList<StockLineInput> lines, CancellationToken cancellationToken) =>
        Shop.Transfers.CreateAsync(
            new TransferDraft
            {
                FromBranchId = header.From.Id,
                ToBranchId = header.To.Id,
                Code = header.Code,
                Description = header.Description,
                IsDraft = Draft ? 1 : 0,
                Status = Draft ? 1 : Received ? 3 : 2,
                TransferDetails = lines.Select(l => new TransferLine
                {
                    ProductCode = l.ProductCode,
                    SendQuantity = l.Quantity,
                    ReceivedQuantity = Received ? l.ReceivedQuantity ?? l.Quantity : null,
                    Price = l.Price ?? 0,
                }).ToList(),
            },
            cancellationToken);

    /// <summary>The fields of one transfer, as its rows give them.</summary>
    public sealed class Header
    {
        public Header(Branch from, Branch to, string? code, string? description)
        {
            From = from;
            To = to;
            Code = code;
            Description = description;
        }

        public Branch From { get; }

        public Branch To { get; }

        public string? Code { get; }

        public string? Description { get; }
    }
}
