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
/// cmdlet, and a CSV column naming one is refused with its row (<see cref="SaleExtrasUpdate{TChanges,T}"/>).
/// </summary>
internal sealed class DeliveryValues
{
    public string? Receiver { get; set; }
    public string? ContactNumber { get; set; }
    public string? Address { get; set; }
    public string? Location { get; set; }
    public long? LocationId { get; set; }
    public string? Ward { get; set; }
    public string? Code { get; set; }
    public decimal? Fee { get; set; }
    public decimal? Weight { get; set; }
    public decimal? Length { get; set; }
    public decimal? Width { get; set; }
    public decimal? Height { get; set; }
    public long? PartnerId { get; set; }
    public string? PartnerCode { get; set; }
    public string? PartnerName { get; set; }
    public DateTime? Expected { get; set; }

    /// <summary>The delivery to send, or null when no delivery field is given.</summary>
    public DeliveryDraft? ToDraft()
    {
        var draft = new DeliveryDraft
        {
            Receiver = Receiver,
            ContactNumber = ContactNumber,
            Address = Address,
            LocationName = Location,
            LocationId = LocationId,
            WardName = Ward,
            DeliveryCode = Code,
            Price = Fee,
            Weight = Weight,
            Length = Length,
            Width = Width,
            Height = Height,
            PartnerDeliveryId = PartnerId,
            PartnerDelivery = PartnerCode is null && PartnerName is null ? null : new PartnerDeliveryDraft { Code = PartnerCode, Name = PartnerName },
            ExpectedDelivery = Expected is { } expected ? VietnamTime.FromCaller(expected) : null,
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

/// <summary>
/// A number within [min, max], or absent: a row piped from a CSV or another command may leave the field empty (null),
/// which <see cref="ValidateRangeAttribute"/> refuses.
/// </summary>
public sealed class ValidateRangeOrAbsentAttribute : ValidateArgumentsAttribute
{
    public ValidateRangeOrAbsentAttribute(double minimum, double maximum) => (Minimum, Maximum) = (minimum, maximum);

    public double Minimum { get; }

    public double Maximum { get; }

    protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
    {
        var value = arguments is PSObject wrapped ? wrapped.BaseObject : arguments;
        if (value is null)
        {
            return;
        }

        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        if (number < Minimum || number > Maximum)
        {
            throw new ValidationMetadataException(Maximum >= long.MaxValue
                ? $"{value} is below {Minimum.ToString(CultureInfo.InvariantCulture)}."
                : $"{value} is not between {Minimum.ToString(CultureInfo.InvariantCulture)} and {Maximum.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}
