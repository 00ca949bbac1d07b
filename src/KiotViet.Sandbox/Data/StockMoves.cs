namespace KiotViet.Sandbox.Data;

/// <summary>What a sale does to stock: an invoice takes its lines out of its branch's stock; cancelling it puts them back.</summary>
internal static class StockMoves
{
    public static void TakeOut(ShopData data, long branchId, IEnumerable<SaleLine> lines, DateTime now) => Move(data, branchId, lines, -1, now);

    public static void PutBack(ShopData data, long branchId, IEnumerable<SaleLine> lines, DateTime now) => Move(data, branchId, lines, +1, now);

    private static void Move(ShopData data, long branchId, IEnumerable<SaleLine> lines, int direction, DateTime now)
    {
        foreach (var line in lines)
        {
            var product = data.Products.FirstOrDefault(p => p.Id == line.ProductId);
            var at = product?.Inventories.FindIndex(i => i.BranchId == branchId) ?? -1;
            if (at < 0)
            {
                continue; // a product without stock at that branch (none seeded there)
            }

            var stock = product!.Inventories[at];
            product.Inventories[at] = stock with { OnHand = stock.OnHand + (direction * line.Quantity) };
            product.ModifiedDate = now;
        }
    }
}
