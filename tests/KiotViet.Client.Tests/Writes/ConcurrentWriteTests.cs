using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace KiotViet.Client.Tests.Writes;

/// <summary>Writes of one connection in flight at once: a lost answer's lookup and a 429 concern all of them.</summary>
public sealed class ConcurrentWriteTests
{
    private const string Name = "Trần Thị Mai";

    [Fact]
    public async Task A_lost_create_does_not_claim_the_record_of_an_identical_create_still_waiting_for_its_answer()
    {
        // B is saved first and its answer is held back; A is saved after it and its answer is lost. A's lookup sees
        // both records: only once B's answer is in (B reported) may it choose, and then it must choose its own.
        var saved = new List<(long Id, DateTimeOffset Created)>();
        var bSaved = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var aLooksUp = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = 0;
        var api = new FakeApi
        {
            Api = async (request, ct) =>
            {
                if (request.Method == HttpMethod.Get)
                {
                    lock (saved)
                    {
                        var rows = saved.Select(s => Row(s.Id, s.Created)).ToList();
                        return FakeApi.Ok($"{{\"total\":{rows.Count},\"pageSize\":100,\"data\":[{string.Join(",", rows)}]}}");
                    }
                }

                var post = Interlocked.Increment(ref posts);
                long id;
                lock (saved)
                {
                    id = 2000 + saved.Count;
                    saved.Add((id, DateTimeOffset.UtcNow.AddMilliseconds(saved.Count)));
                }

                if (post == 1)
                {
                    bSaved.SetResult(true);
                    await aLooksUp.Task.WaitAsync(ct); // B's answer comes only once A is about to look its own create up
                    return FakeApi.Ok($"{{\"message\":\"ok\",\"data\":{Row(id, saved[0].Created)}}}");
                }

                throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
            },
        };
        using var connection = api.Connect();

        var b = connection.Customers.CreateAsync(new CustomerDraft { Name = Name }, CancellationToken.None);
        await bSaved.Task;
        Task<Customer> a;
        using (RequestObservation.Observe(new RecordingObserver { OnWait = _ => aLooksUp.TrySetResult(true) }))
        {
            a = connection.Customers.CreateAsync(new CustomerDraft { Name = Name }, CancellationToken.None);
        }

        var results = await Task.WhenAll(a, b);

        Assert.Equal(2, posts);
        Assert.Equal(2001, results[0].Id);
        Assert.Equal(2000, results[1].Id);
    }

    [Fact]
    public async Task After_a_429_the_other_requests_of_the_connection_wait_out_the_same_pause()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var refused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondWaits = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var refusedAt = DateTimeOffset.MinValue;
        var firstSendOfSecond = DateTimeOffset.MinValue;
        var api = new FakeApi();
        api.Api = (request, _) =>
        {
            if (request.Uri.AbsolutePath.EndsWith("/1", StringComparison.Ordinal) && refusedAt == DateTimeOffset.MinValue)
            {
                var tooMany = FakeApi.Status(429);
                tooMany.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30));
                refusedAt = time.GetUtcNow();
                refused.SetResult();
                return Task.FromResult(tooMany);
            }

            if (request.Uri.AbsolutePath.EndsWith("/2", StringComparison.Ordinal) && firstSendOfSecond == DateTimeOffset.MinValue)
            {
                firstSendOfSecond = time.GetUtcNow();
            }

            return Task.FromResult(FakeApi.Ok(FakeApi.CustomerJson(long.Parse(request.Uri.Segments[^1], CultureInfo.InvariantCulture))));
        };
        using var connection = api.Connect(null, time);
        var observer = new RecordingObserver { OnWait = _ => secondWaits.TrySetResult() };

        var first = connection.Customers.GetAsync(1, CancellationToken.None);
        await refused.Task;
        Task<Customer> second;
        using (RequestObservation.Observe(observer))
        {
            second = connection.Customers.GetAsync(2, CancellationToken.None);
        }

        await secondWaits.Task;
        Assert.Equal(DateTimeOffset.MinValue, firstSendOfSecond);
        time.Advance(TimeSpan.FromSeconds(30));
        await Task.WhenAll(first, second);

        Assert.Equal(2, second.Result.Id);
        Assert.Equal(TimeSpan.FromSeconds(30), firstSendOfSecond - refusedAt);
        Assert.Contains(observer.Lines, l => l.Contains("waits with the others"));
    }

    private static string Row(long id, DateTimeOffset created) =>
        $"{{\"id\":{id},\"code\":\"KH{id}\",\"name\":\"{Name}\",\"createdDate\":\"{created.ToOffset(TimeSpan.FromHours(7)):yyyy-MM-ddTHH:mm:ss.fff}\"}}";
}
