namespace KiotViet.Commands.Infrastructure;

/// <summary>Money and measures KiotViet takes: 0 or more, or more than 0 with <see cref="Positive"/>.</summary>
public sealed class ValidateAmountAttribute : RowValidationAttribute
{
    /// <summary>0 is refused too (a payment of nothing).</summary>
    public bool Positive { get; set; }

    private protected override string? Problem(object? value) => value switch
    {
        decimal amount when amount < 0 => $"{amount} is negative; give 0 or more.",
        decimal amount when amount == 0 && Positive => "The amount is 0; give more than 0.",
        _ => null,
    };
}
