namespace KiotViet.Sandbox.Data;

/// <summary>
/// What a document does to stock: an invoice takes its lines out of its branch's stock (a cancel puts them back); a
/// completed purchase brings its lines in; a transfer takes them out of the sending branch and, once received, into
/// the receiving one.
/// </summary>
internal static class StockMoves
{
    /// <summary>Adds each quantity (negative: takes it out) to the branch's stock of the product.</summary>
    public static void Add(ShopData data, long branchId, IEnumerable<(long ProductId, double Quantity)> moves, DateTime now) =>
        Move(data, branchId, moves.Select(m => new SaleLine(m.ProductId, "", "", m.Quantity, 0m, 0m, 0, null)), +1, now);

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
