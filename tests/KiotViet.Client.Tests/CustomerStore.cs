namespace KiotViet.Client.Tests;

/// <summary>
/// A live customer list behind the fake API: answers <c>GET customers?pageSize&amp;currentItem</c> from its current
/// rows, can cap the page size like the server does, and lets a test change the rows when a given page is asked for.
/// </summary>
internal sealed class CustomerStore
{
    private readonly object gate = new();

    public CustomerStore(int count) => Ids = Enumerable.Range(1, count).Select(i => (long)i).ToList();

    public List<long> Ids { get; }

    /// <summary>The most rows the server returns in one page, whatever is asked.</summary>
    public int Cap { get; set; } = 100;

    /// <summary>Runs (under the store's lock) before a page is answered: change the data here.</summary>
    public Action<RecordedRequest, List<long>>? BeforeAnswer { get; set; }

    /// <summary>Extra envelope members for the page at a given offset (e.g. removed ids).</summary>
    public Func<long, string>? Extra { get; set; }

    /// <summary>One row's JSON (by default an id, a code and a name, no change time).</summary>
    public Func<long, string> Row { get; set; } = FakeApi.CustomerJson;

    public FakeApi Serve(FakeApi api)
    {
        api.Api = (request, _) => Task.FromResult(Answer(request));
        return api;
    }

    public HttpResponseMessage Answer(RecordedRequest request)
    {
        lock (gate)
        {
            BeforeAnswer?.Invoke(request, Ids);
            var rows = Ids.Skip((int)request.Offset).Take(Math.Min(request.PageSize, Cap)).ToList();
            return FakeApi.Ok(FakeApi.PageJson(rows, Ids.Count, Extra?.Invoke(request.Offset) ?? "", Math.Min(request.PageSize, Cap), Row));
        }
    }
}
