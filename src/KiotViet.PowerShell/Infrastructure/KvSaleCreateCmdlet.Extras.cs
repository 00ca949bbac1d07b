using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The extras of a sale create (New-KvOrder, New-KvInvoice): its delivery, sale channel and sale time (<see cref="IDeliveryParameters"/>
/// says why they are flat parameters). Nothing here changes how the create is sent: the engine's exactly-once create.
/// </summary>
public abstract partial class KvSaleCreateCmdlet<TDraft, T> : IDeliveryParameters
{
    private IReadOnlyList<SaleChannel>? channels;

    /// <summary>The sale channel: a name or id, or a channel from Get-KvSaleChannel.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public object? SaleChannel { get; set; }

    /// <summary>When the sale was made; without it, now. A date without a time is the shop's day.</summary>
    [Parameter]
    [ShopDateTransformation]
    public DateTime? PurchaseDate { get; set; }

    [Parameter]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? DeliveryReceiver { get; set; }

    [Parameter]
    [Alias("DeliveryPhone")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Phone)]
    public string? DeliveryContactNumber { get; set; }

    [Parameter]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Line)]
    public string? DeliveryAddress { get; set; }

    /// <summary>The area, "province - district" as Get-KvLocation names it.</summary>
    [Parameter]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? DeliveryLocation { get; set; }

    [Parameter]
    [IdTransformation]
    [ValidatePositiveId]
    public long? DeliveryLocationId { get; set; }

    [Parameter]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? DeliveryWard { get; set; }

    /// <summary>The waybill code.</summary>
    [Parameter]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? DeliveryCode { get; set; }

    [Parameter]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? DeliveryFee { get; set; }

    [Parameter]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? DeliveryWeight { get; set; }

    [Parameter]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? DeliveryLength { get; set; }

    [Parameter]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? DeliveryWidth { get; set; }

    [Parameter]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? DeliveryHeight { get; set; }

    [Parameter]
    [IdTransformation]
    [ValidatePositiveId]
    public long? DeliveryPartnerId { get; set; }

    [Parameter]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? DeliveryPartnerCode { get; set; }

    [Parameter]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? DeliveryPartnerName { get; set; }

    [Parameter]
    [ShopDateTransformation]
    public DateTime? ExpectedDelivery { get; set; }

    /// <summary>The delivery given, or null when none is.</summary>
    private protected DeliveryDraft? DeliveryGiven() => DeliveryParameters.Given(this);

    /// <summary>The sale channel's id (the shop's channels read once per run), or null; throws ArgumentException for an unknown one.</summary>
    private protected long? SaleChannelGiven() =>
        SaleChannel is null ? null : SaleChannelInput.Resolve(SaleChannel, ReadOncePerRun(ref channels, () => SaleChannelInput.ReadAll(Shop, CancellationToken), "sale channels"));

    private protected DateTimeOffset? PurchaseDateGiven() => PurchaseDate is { } date ? VietnamTime.FromCaller(date) : null;

    /// <summary>What the prompt says about the extras (", delivery to …, sale channel Facebook").</summary>
    private protected string ExtrasDetails(DeliveryDraft? delivery, long? channel, DateTimeOffset? purchased) =>
        (delivery is null ? "" : $", delivery to {delivery}")
        + (channel is { } c ? $", sale channel {channels?.FirstOrDefault(x => x.Id == c)?.Name ?? c.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "")
        + (purchased is { } p ? $", sold {p:yyyy-MM-dd HH:mm}" : "");
}
