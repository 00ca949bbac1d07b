namespace KiotViet.Sandbox.Data;

/// <summary>Customers kept sorted by id, with lookups by id and code and the log of deletions. Callers hold the shop lock.</summary>
internal sealed class CustomerStore
{
    private readonly List<Customer> rows;
    private readonly Dictionary<long, Customer> byId;
    private readonly Dictionary<string, Customer> byCode;
    private readonly List<(long Id, DateTime DeletedAt)> removed = new();
    private long nextId;
    private int nextCodeNumber;

    public CustomerStore(List<Customer> seeded)
    {
        rows = seeded;
        byId = seeded.ToDictionary(c => c.Id);
        byCode = seeded.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        nextId = seeded.Count == 0 ? CustomerSeeder.FirstCustomerId : seeded[^1].Id + 3;
        nextCodeNumber = seeded.Count + 1;
    }

    public IReadOnlyList<Customer> All => rows;

    public int Count => rows.Count;

    public Customer? Find(long id) => byId.GetValueOrDefault(id);

    public Customer? FindByCode(string code) => byCode.GetValueOrDefault(code);

    public bool CodeTaken(string code, long exceptId = 0) => byCode.TryGetValue(code, out var owner) && owner.Id != exceptId;

    public long TakeNextId()
    {
        var id = nextId;
        nextId += 3;
        return id;
    }

    /// <summary>The next free "KH000123"-style code.</summary>
    public string TakeNextCode()
    {
        string code;
        do
        {
            code = $"KH{nextCodeNumber++:D6}";
        }
        while (byCode.ContainsKey(code));
        return code;
    }

    public void Add(Customer customer)
    {
        rows.Add(customer);
        byId.Add(customer.Id, customer);
        byCode[customer.Code] = customer;
    }

    public void ChangeCode(Customer customer, string newCode)
    {
        byCode.Remove(customer.Code);
        customer.Code = newCode;
        byCode[newCode] = customer;
    }

    public void Remove(Customer customer, DateTime at)
    {
        var index = IndexOf(customer.Id);
        rows.RemoveAt(index);
        byId.Remove(customer.Id);
        byCode.Remove(customer.Code);
        removed.Add((customer.Id, at));
    }

    public IEnumerable<long> RemovedSince(DateTime? from) =>
        removed.Where(r => from is null || r.DeletedAt >= from).Select(r => r.Id);

    private int IndexOf(long id)
    {
        int low = 0, high = rows.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (rows[mid].Id == id)
            {
                return mid;
            }

            if (rows[mid].Id < id)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        throw new InvalidOperationException($"Customer {id} is not stored.");
    }
}
