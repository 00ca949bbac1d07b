using System.Globalization;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>Reads the lines of a purchase or transfer body (product by id or code) and refuses a bad one as KiotViet would.</summary>
internal static class StockLineReader
{
    /// <param name="quantityField">quantity (purchases) or sendQuantity (transfers).</param>
    public static (List<StockLine>? Lines, IResult? Refusal) Read(SandboxOptions options, ShopData data, JsonObject body, string field, string quantityField)
    {
        var lines = new List<StockLine>();
        foreach (var line in (body[field] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            var product = BodyFields.Long(line, "productId") is { } id and > 0
                ? data.Products.FirstOrDefault(p => p.Id == id)
                : data.Products.FirstOrDefault(p => string.Equals(p.Code, BodyFields.String(line, "productCode"), StringComparison.OrdinalIgnoreCase));
            if (product is null)
            {
                return (null, OrderFactory.Refusal(options, "ProductCode", "Hàng hóa không tồn tại hoặc đã bị xóa khỏi hệ thống."));
            }

            var quantity = Number(line, quantityField) ?? 0;
            if (quantity <= 0)
            {
                return (null, OrderFactory.Refusal(options, "Quantity", "Vui lòng nhập số lượng lớn hơn 0 cho sản phẩm"));
            }

            var price = BodyFields.Decimal(line, "price") ?? product.BasePrice;
            if (price < 0)
            {
                return (null, OrderFactory.Refusal(options, "Price", "Giá không hợp lệ."));
            }

            var received = Number(line, "recivedQuantity") ?? Number(line, "receivedQuantity");
            lines.Add(new StockLine(product.Id, product.Code, product.Name, quantity, price, BodyFields.Decimal(line, "discount") ?? 0m, received));
        }

        return (lines, null);
    }

    public static decimal Total(IEnumerable<StockLine> lines) => lines.Sum(l => ((decimal)l.Quantity * l.Price) - l.Discount);

    private static double? Number(JsonObject line, string name) =>
        double.TryParse(BodyFields.String(line, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
