using System;
using KiotViet.Http;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>
/// What every listing query shares: the change window (lastModifiedFrom), removed ids, the sort order. A resource's
/// query adds its own filters and names its path.
/// </summary>
public abstract class ListQuery<T>
    where T : class, IKiotVietEntity
{
    /// <summary>Only rows changed at or after this time (lastModifiedFrom), where the endpoint supports it.</summary>
    public DateTime? ModifiedSince { get; set; }

    /// <summary>Also report ids removed since <see cref="ModifiedSince"/> (includeRemoveIds), where the endpoint supports it.</summary>
    public bool IncludeRemoved { get; set; }

    /// <summary>A field name such as code, createdDate or modifiedDate (sent camelCase).</summary>
    public string? OrderBy { get; set; }

    public bool Descending { get; set; }

    /// <summary>The list endpoint, relative to the API base: the model's collection unless the query says otherwise.</summary>
    internal virtual string Path => ApiPathAttribute.Of<T>();

    /// <summary>
    /// Which of the shared parameters this query's read documents (API reference, the read's query list). A shared
    /// filter set on a read that does not document it is refused before any request: KiotViet would ignore it and
    /// answer every row.
    /// </summary>
    internal virtual SharedListParameters Documented => SharedListParameters.All;

    /// <summary>The query string of the first request (paging is added per page).</summary>
    internal QueryString ToQueryString()
    {
        Refuse(ModifiedSince is not null, SharedListParameters.ModifiedSince, "lastModifiedFrom");
        Refuse(IncludeRemoved, SharedListParameters.IncludeRemoved, "includeRemoveIds");
        Refuse(OrderBy is not null || Descending, SharedListParameters.Order, OrderBy is null ? "orderDirection" : "orderBy");
        var query = new QueryString();
        AddFilters(query);
        return query
            .Add("lastModifiedFrom", ModifiedSince)
            .Add("includeRemoveIds", IncludeRemoved)
            .AddOrder(OrderBy, Descending);
    }

    private void Refuse(bool given, SharedListParameters parameter, string name) =>
        RefuseUndocumented(given && (Documented & parameter) == 0, name);

    /// <summary>Refuses, before any request, a filter this read does not document (KiotViet would ignore it and answer every row).</summary>
    private protected void RefuseUndocumented(bool given, string name, string? instead = null)
    {
        if (given)
        {
            throw new ArgumentException($"KiotViet's GET /{Path.Split('?')[0]} does not document {name}: it would ignore it and answer every row, so the read is not sent. {instead ?? "Leave that filter out."}");
        }
    }

    /// <summary>Fills in what a row does not carry itself (the price book of a price), as it is read.</summary>
    internal virtual void Complete(T row)
    {
    }

    /// <summary>The resource's own filters.</summary>
    private protected virtual void AddFilters(QueryString query)
    {
    }
}

/// <summary>The parameters every list query shares, as one read's documentation lists them.</summary>
[Flags]
internal enum SharedListParameters
{
    None = 0,

    /// <summary>lastModifiedFrom.</summary>
    ModifiedSince = 1,

    /// <summary>includeRemoveIds.</summary>
    IncludeRemoved = 2,

    /// <summary>orderBy and orderDirection.</summary>
    Order = 4,

    All = ModifiedSince | IncludeRemoved | Order,
}
