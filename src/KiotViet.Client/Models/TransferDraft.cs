using System.Collections.Generic;

namespace KiotViet;

/// <summary>
/// A new stock transfer between two branches (POST /transfers). The goods leave the sending branch when it is sent
/// (not a draft) and enter the receiving branch when it is received (status 3).
/// </summary>
public sealed class TransferDraft
{
    public long FromBranchId { get; set; }

    public long ToBranchId { get; set; }

    /// <summary>1 keeps it as a draft ("Phiếu tạm"); 0 sends it.</summary>
    public int IsDraft { get; set; }

    /// <summary>The transfer's code; KiotViet numbers it (CH…) when none is given.</summary>
    public string? Code { get; set; }

    public string? Description { get; set; }

    /// <summary>2 in transit (Đang chuyển), 3 received (Đã nhận); null lets KiotViet decide from IsDraft.</summary>
    public int? Status { get; set; }

    public List<TransferLine> TransferDetails { get; set; } = new();
}

/// <summary>What a transfer update sets (PUT /transfers/{id}); a null field is left as it is; lines, when given, replace the lines.</summary>
public sealed class TransferChanges
{
    public string? Description { get; set; }

    /// <summary>0 sends a draft.</summary>
    public int? IsDraft { get; set; }

    /// <summary>3 marks it received.</summary>
    public int? Status { get; set; }

    public List<TransferLine>? TransferDetails { get; set; }
}

/// <summary>A transfer line as KiotViet takes it (recivedQuantity is the documented spelling).</summary>
public sealed class TransferLine
{
    public string ProductCode { get; set; } = "";

    public long? ProductId { get; set; }

    public decimal SendQuantity { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("recivedQuantity")]
    public decimal? ReceivedQuantity { get; set; }

    public decimal Price { get; set; }

    public override string ToString() => $"{ProductCode} x{SendQuantity:0.###}";
}
