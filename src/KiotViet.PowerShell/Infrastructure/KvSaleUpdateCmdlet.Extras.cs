using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The extras of a sale update (Set-KvOrder, Set-KvInvoice): its delivery, sale channel and sale time. The delivery fields bind
/// from CSV columns of the same name; the sale time and channel are given on the command line only, so that a piped
/// invoice or order (which has a PurchaseDate) does not send its own sale time back. A CSV column naming a field the
/// operation does not document (<see cref="UndocumentedColumns"/>) refuses its row before sending.
/// </summary>
public abstract partial class KvSaleUpdateCmdlet<TChanges, T> : IDeliveryParameters
{
    private IReadOnlyList<SaleChannel>? channels;

    /// <summary>The sale channel: a name or id, or a channel from Get-KvSaleChannel.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public object? SaleChannel { get; set; }

    /// <summary>The new sale time. A date without a time is the shop's day.</summary>
    [Parameter]
    [ShopDateTransformation]
    public DateTime? PurchaseDate { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? DeliveryReceiver { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("DeliveryPhone")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Phone)]
    public string? DeliveryContactNumber { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Line)]
    public string? DeliveryAddress { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? DeliveryLocation { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [IdTransformation]
    [ValidatePositiveId]
    public long? DeliveryLocationId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? DeliveryWard { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? DeliveryCode { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? DeliveryFee { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? DeliveryWeight { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? DeliveryLength { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? DeliveryWidth { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? DeliveryHeight { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [IdTransformation]
    [ValidatePositiveId]
    public long? DeliveryPartnerId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? DeliveryPartnerCode { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? DeliveryPartnerName { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopDateTransformation]
    public DateTime? ExpectedDelivery { get; set; }

    /// <summary>CSV columns naming fields this update does not document; a row with a value in one is refused.</summary>
    private protected virtual IReadOnlyCollection<string> UndocumentedColumns => Array.Empty<string>();

    /// <summary>The delivery given, or null when none is.</summary>
    private protected DeliveryDraft? DeliveryGiven() => DeliveryParameters.Given(this);

    /// <summary>The sale channel's id (the shop's channels read once per run), or null; throws ArgumentException for an unknown one.</summary>
    private protected long? SaleChannelGiven() =>
        SaleChannel is null ? null : SaleChannelInput.Resolve(SaleChannel, ReadOncePerRun(ref channels, () => SaleChannelInput.ReadAll(Shop, CancellationToken), "sale channels"));

    private protected DateTimeOffset? PurchaseDateGiven() => PurchaseDate is { } date ? VietnamTime.FromCaller(date) : null;

    /// <summary>Throws ArgumentException naming the row's columns this update does not document.</summary>
    private protected void RefuseUndocumentedColumns(string operation, string instead)
    {
        if (InputObject is not { } row || row.BaseObject is T)
        {
            return;
        }

        var given = UndocumentedColumns
            .Where(name => row.Properties[name]?.Value is { } value && !string.IsNullOrWhiteSpace(value.ToString()))
            .ToList();
        if (given.Count > 0)
        {
            throw new ArgumentException(KiotViet.Writes.DocumentedFields.Refusal(operation, given, instead));
        }
    }
}
