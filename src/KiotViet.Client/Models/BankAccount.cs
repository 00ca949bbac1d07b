using System;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A bank account of the shop (tài khoản ngân hàng), used by card and transfer payments.</summary>
[ApiPath("BankAccounts")]
public sealed class BankAccount : ITrackedEntity
{
    public long Id { get; set; }

    public string? BankName { get; set; }

    public string? AccountNumber { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    public override string ToString() => $"{BankName} {AccountNumber}".Trim();
}
