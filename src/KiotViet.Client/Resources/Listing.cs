using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;

namespace KiotViet.Resources;

/// <summary>Turns a list endpoint and its filters into a streamed listing.</summary>
internal static class Listing
{
    public static PagedListing<T> Create<T>(ApiTransport transport, string path, QueryString filters, PageRequest paging, int readAhead, ListingLimits limits, CancellationToken cancellationToken, Action<T>? complete = null)
        where T : class, IKiotVietEntity
    {
        PageFetcher<T> fetch = (offset, size, ct) =>
        {
            var relative = filters.Clone()
                .Add("pageSize", size)
                .Add("currentItem", offset)
                .AppendTo(path);
            var described = "GET /" + relative;
            return transport.SendAsync(ApiRequest.Get(relative), body => ParsePage(body, described, complete), ct);
        };
        return new PagedListing<T>(fetch, paging, readAhead, limits, cancellationToken);
    }

    private static Page<T> ParsePage<T>(byte[] body, string request, Action<T>? complete)
    {
        var envelope = JsonSerializer.Deserialize<PageEnvelope<T>>(body, KiotVietJson.Options) ?? throw new JsonException("The answer is null, not a page.");
        var data = envelope.Data;
        var rows = data?.Where(r => r is not null).ToList() ?? new System.Collections.Generic.List<T>();
        if (complete is not null)
        {
            rows.ForEach(complete);
        }

        return new Page<T>(request, data is not null, rows, data?.Count ?? 0, envelope.Total, envelope.PageSize, envelope.AllRemovedIds, envelope.Timestamp);
    }
}
