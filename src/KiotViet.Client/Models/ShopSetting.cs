namespace KiotViet;

/// <summary>One shop setting (GET /settings), e.g. ManagerCustomerByBranch = True.</summary>
public sealed class ShopSetting
{
    public ShopSetting(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    /// <summary>A boolean, number or text; a nested value as its JSON text.</summary>
    public object? Value { get; }

    public override string ToString() => $"{Name} = {Value}";
}
