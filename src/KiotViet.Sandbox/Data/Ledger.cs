namespace KiotViet.Sandbox.Data;

/// <summary>Documents (invoices, orders) kept in id order with lookups by id and by code. Callers hold the shop lock.</summary>
internal sealed class Ledger<T>
{
    private readonly List<T> rows;
    private readonly Dictionary<long, T> byId;
    private readonly Dictionary<string, T> byCode;
    private readonly Func<T, long> idOf;
    private readonly Func<T, string> codeOf;

    public Ledger(List<T> seeded, Func<T, long> idOf, Func<T, string> codeOf)
    {
        rows = seeded;
        this.idOf = idOf;
        this.codeOf = codeOf;
        byId = seeded.ToDictionary(idOf);
        byCode = seeded.ToDictionary(codeOf, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<T> All => rows;

    public T? Find(long id) => byId.GetValueOrDefault(id);

    public T? FindByCode(string code) => byCode.GetValueOrDefault(code);

    public long NextId => rows.Count == 0 ? 1 : idOf(rows[^1]) + 2;

    public void Add(T row)
    {
        rows.Add(row);
        byId.Add(idOf(row), row);
        byCode[codeOf(row)] = row;
    }
}
