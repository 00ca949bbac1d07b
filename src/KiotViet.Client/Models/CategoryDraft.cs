namespace KiotViet;

/// <summary>The fields of a category create or update (POST /categories, PUT /categories/{id}); unset fields are not sent.</summary>
public sealed class CategoryDraft
{
    public string? CategoryName { get; set; }

    /// <summary>The parent category; none makes a root category (on create) or keeps the parent (on update).</summary>
    public long? ParentId { get; set; }
}
