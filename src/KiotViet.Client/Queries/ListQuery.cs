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

    /// <summary>The query string of the first request (paging is added per page).</summary>
    internal QueryString ToQueryString()
    {
        var query = new QueryString();
        AddFilters(query);
        return query
            .Add("lastModifiedFrom", ModifiedSince)
            .Add("includeRemoveIds", IncludeRemoved)
            .AddOrder(OrderBy, Descending);
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
