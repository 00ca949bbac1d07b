using System.Globalization;

namespace KiotViet;

/// <summary>The prices of one price book (GET /pricebooks/{id}).</summary>
public sealed class PriceBookDetailQuery : ListQuery<PriceBookDetail>
{
    // GET /pricebooks/{id} (2.17.2) documents no includeRemoveIds.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince | SharedListParameters.Order;

    public long PriceBookId { get; set; }

    internal override string Path => "pricebooks/" + PriceBookId.ToString(CultureInfo.InvariantCulture);

    internal override void Complete(PriceBookDetail row) => row.PriceBookId = PriceBookId;
}
