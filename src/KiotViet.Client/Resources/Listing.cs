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
    public static PagedListing<T> Create<T>(ApiTransport transport, string path, QueryString filters, PageRequest paging, int readAhead, CancellationToken cancellationToken, Action<T>? complete = null)
        where T : class, IKiotVietEntity
    {
        PageFetcher<T> fetch = (offset, size, ct) =>
        {
            var relative = filters.Clone()
                .Add("pageSize", size)
                .Add("currentItem", offset)
                .AppendTo(path);
            return transport.SendAsync(ApiRequest.Get(relative), body => ParsePage(body, complete), ct);
        };
        return new PagedListing<T>(fetch, paging, readAhead, cancellationToken);
    }

    private static Page<T> ParsePage<T>(byte[] body, Action<T>? complete)
    {
        var envelope = JsonSerializer.Deserialize<PageEnvelope<T>>(body, KiotVietJson.Options) ?? throw new JsonException("Empty page.");
        var rows = (envelope.Data ?? new System.Collections.Generic.List<T>()).Where(r => r is not null).ToList();
        if (complete is not null)
        {
            rows.ForEach(complete);
        }

        return new Page<T>(rows, envelope.Total, envelope.PageSize, envelope.AllRemovedIds, envelope.Timestamp);
    }
}
