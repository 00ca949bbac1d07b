namespace KiotViet;

/// <summary>
/// The body of a surcharge create (POST /surchages: name, code when not generated, value) or update
/// (PUT /surchages/{id}: name, code and value, all three documented as required); unset fields are not sent.
/// </summary>
public sealed class SurchargeDraft
{
    public string? Name { get; set; }

    /// <summary>The surcharge's code (mã thu khác); KiotViet generates one when a create names none.</summary>
    public string? Code { get; set; }

    /// <summary>The fixed amount (giá trị thu khác).</summary>
    public decimal? Value { get; set; }
}
