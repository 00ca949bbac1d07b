using System;

namespace KiotViet.Writes;

/// <summary>
/// Whether a sale read back shows the extras an update set (delivery, sale time, sale channel). A field the read does
/// not show (a ward, the parcel's size, a carrier's details, a sale channel KiotViet leaves out) cannot be seen applied:
/// the update is then judged not applied and sent again, which an update may be (it sets the same values twice).
/// </summary>
internal static class DeliveryWriteCheck
{
    /// <summary>True when the delivery read shows every field sent.</summary>
    public static bool Shows(DeliveryDraft? sent, InvoiceDelivery? read)
    {
        if (sent is null)
        {
            return true;
        }

        if (read is null || sent.WardName is not null || sent.Length is not null || sent.Width is not null || sent.Height is not null
            || sent.ExpectedDelivery is not null || sent.PartnerDelivery is not null)
        {
            return false;
        }

        return Same(sent.DeliveryCode, read.DeliveryCode) && Same(sent.Receiver, read.Receiver) && Same(sent.ContactNumber, read.ContactNumber)
            && Same(sent.Address, read.Address) && Same(sent.LocationName, read.LocationName)
            && (sent.LocationId is not { } location || read.LocationId == location)
            && (sent.Type is not { } type || read.Type == type)
            && (sent.Status is not { } status || read.Status == status)
            && (sent.Price is not { } price || read.Price == price)
            && (sent.UsingPriceCod is not { } cod || read.UsingPriceCod == cod)
            && (sent.PriceCodPayment is not { } amount || read.PriceCodPayment == amount)
            && (sent.Weight is not { } weight || read.Weight == weight)
            && (sent.PartnerDeliveryId is not { } partner || read.PartnerDeliveryId == partner);
    }

    /// <summary>True when the sale time read is the one sent (to the second).</summary>
    public static bool ShowsDate(DateTimeOffset? sent, DateTimeOffset? read) =>
        sent is not { } date || (read is { } stored && Math.Abs((stored - date).TotalSeconds) < 1);

    /// <summary>True when the sale channel read is the one sent; one not shown cannot be seen applied.</summary>
    public static bool ShowsChannel(long? sent, long? read) => sent is not { } channel || read == channel;

    private static bool Same(string? sent, string? read) =>
        sent is null || string.Equals(sent.Trim(), read?.Trim(), StringComparison.Ordinal);
}
