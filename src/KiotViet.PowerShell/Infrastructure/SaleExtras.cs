using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using KiotViet.Paging;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The delivery, sale channel and sale time an invoice or order write carries, as flat parameters (-DeliveryReceiver,
/// -DeliveryAddress, -DeliveryFee …) rather than one -Delivery hashtable: each is typed and checked where it is bound
/// (a vi-VN "15.000" is fifteen thousand), completes with Tab, and the update cmdlets bind them from CSV columns of the
/// same name. The fields an operation does not document (an order's delivery status or COD) are not parameters of its
/// cmdlet, and a CSV column naming one is refused with its row (<see cref="KvSaleUpdateCmdlet{TChanges,T}"/>).
/// </summary>
internal interface IDeliveryParameters
{
    string? DeliveryReceiver { get; }
    string? DeliveryContactNumber { get; }
    string? DeliveryAddress { get; }
    string? DeliveryLocation { get; }
    long? DeliveryLocationId { get; }
    string? DeliveryWard { get; }
    string? DeliveryCode { get; }
    decimal? DeliveryFee { get; }
    decimal? DeliveryWeight { get; }
    decimal? DeliveryLength { get; }
    decimal? DeliveryWidth { get; }
    decimal? DeliveryHeight { get; }
    long? DeliveryPartnerId { get; }
    string? DeliveryPartnerCode { get; }
    string? DeliveryPartnerName { get; }
    DateTime? ExpectedDelivery { get; }
}

/// <summary>The delivery the -Delivery… parameters give, to send.</summary>
internal static class DeliveryParameters
{
    /// <summary>The delivery to send, or null when no delivery field is given.</summary>
    public static DeliveryDraft? Given(IDeliveryParameters given)
    {
        var draft = new DeliveryDraft
        {
            Receiver = given.DeliveryReceiver,
            ContactNumber = given.DeliveryContactNumber,
            Address = given.DeliveryAddress,
            LocationName = given.DeliveryLocation,
            LocationId = given.DeliveryLocationId,
            WardName = given.DeliveryWard,
            DeliveryCode = given.DeliveryCode,
            Price = given.DeliveryFee,
            Weight = given.DeliveryWeight,
            Length = given.DeliveryLength,
            Width = given.DeliveryWidth,
            Height = given.DeliveryHeight,
            PartnerDeliveryId = given.DeliveryPartnerId,
            PartnerDelivery = given.DeliveryPartnerCode is null && given.DeliveryPartnerName is null ? null : new PartnerDeliveryDraft { Code = given.DeliveryPartnerCode, Name = given.DeliveryPartnerName },
            ExpectedDelivery = given.ExpectedDelivery is { } expected ? VietnamTime.FromCaller(expected) : null,
        };
        return draft.GivenFields.Count == 0 ? null : draft;
    }
}

/// <summary>Reads the sale channel a write names: a SaleChannel from Get-KvSaleChannel, its id, or its name.</summary>
internal static class SaleChannelInput
{
    public static long Resolve(object given, IReadOnlyList<SaleChannel> shop)
    {
        var value = given is PSObject wrapped ? wrapped.BaseObject : given;
        if (value is SaleChannel channel)
        {
            return channel.Id;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "";
        var found = shop.FirstOrDefault(c => string.Equals(c.Name?.Trim(), text, StringComparison.CurrentCultureIgnoreCase))
            ?? (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? shop.FirstOrDefault(c => c.Id == id) : null);
        return found?.Id ?? throw new ArgumentException($"The shop has no sale channel named or numbered '{text}' (Get-KvSaleChannel lists them).");
    }

    public static IReadOnlyList<SaleChannel> ReadAll(KiotVietConnection shop, CancellationToken cancellationToken) =>
        shop.Reads.List(new SaleChannelQuery(), new PageRequest(), cancellationToken).ToList();
}
