using System.Net.Http;
using Xunit;

namespace KiotViet.Client.Tests.Writes;

/// <summary>One registry of claimed ids per connection: what a batch reported, a single write's lookup never claims, and the reverse.</summary>
public sealed class ClaimedIdsTests
{
    private const string Name = "Trần Thị Mai";

    [Fact]
    public async Task A_lost_single_create_does_not_claim_the_record_a_batch_of_the_same_connection_reported()
    {
        var api = new FakeApi();
        var shop = new SavedCustomers(api, loseSingleAnswers: true);
        using var connection = api.Connect();

        var batch = await connection.CustomerBatches.CreateAsync(new[] { new CustomerDraft { Name = Name } }, CancellationToken.None);
        var single = await connection.Customers.CreateAsync(new CustomerDraft { Name = Name }, CancellationToken.None);

        Assert.Equal(3000, batch[0].Record!.Id);
        Assert.Equal(3001, single.Id);
        Assert.Equal(2, shop.Count);
    }

    [Fact]
    public async Task A_batch_read_back_does_not_claim_the_record_a_single_create_of_the_same_connection_reported()
    {
        var api = new FakeApi();
        var shop = new SavedCustomers(api, loseSingleAnswers: false);
        using var connection = api.Connect();

        var single = await connection.Customers.CreateAsync(new CustomerDraft { Name = Name }, CancellationToken.None);
        var batch = await connection.CustomerBatches.CreateAsync(new[] { new CustomerDraft { Name = Name } }, CancellationToken.None);

        Assert.Equal(3000, single.Id);
        Assert.Equal(3001, batch[0].Record!.Id);
        Assert.Equal(2, shop.Count);
    }

    [Fact]
    public void Two_matches_never_choose_the_same_record()
    {
        var claimed = new KiotViet.Writes.ClaimedIds();
        var winners = 0;
        Parallel.For(0, 64, _ => claimed.Matching(() =>
        {
            if (!claimed.Contains(7))
            {
                Assert.True(claimed.TryClaim(7));
                Interlocked.Increment(ref winners);
            }

            return 0;
        }));

        Assert.Equal(1, winners);
    }

    /// <summary>Customers saved by creates (single or batch), every one listed by any GET; single answers optionally lost.</summary>
    private sealed class SavedCustomers
    {
        private readonly List<(long Id, DateTimeOffset Created)> saved = new();

        public SavedCustomers(FakeApi api, bool loseSingleAnswers)
        {
            api.Api = (request, _) =>
            {
                lock (saved)
                {
                    if (request.Method == HttpMethod.Get)
                    {
                        var rows = saved.Select(s => Row(s.Id, s.Created)).ToList();
                        return Task.FromResult(FakeApi.Ok($"{{\"total\":{rows.Count},\"pageSize\":100,\"data\":[{string.Join(",", rows)}]}}"));
                    }

                    var id = 3000 + saved.Count;
                    saved.Add((id, DateTimeOffset.UtcNow.AddMilliseconds(saved.Count)));
                    if (request.Uri.AbsolutePath.Contains("listadd", StringComparison.Ordinal))
                    {
                        return Task.FromResult(FakeApi.Ok("{\"message\":\"ok\"}"));
                    }

                    if (loseSingleAnswers)
                    {
                        throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
                    }

                    return Task.FromResult(FakeApi.Ok($"{{\"message\":\"ok\",\"data\":{Row(id, saved[^1].Created)}}}"));
                }
            };
        }

        public int Count
        {
            get
            {
                lock (saved)
                {
                    return saved.Count;
                }
            }
        }

        private static string Row(long id, DateTimeOffset created) =>
            $"{{\"id\":{id},\"code\":\"KH{id}\",\"name\":\"{Name}\",\"createdDate\":\"{created.ToOffset(TimeSpan.FromHours(7)):yyyy-MM-ddTHH:mm:ss.fff}\",\"modifiedDate\":\"{created.ToOffset(TimeSpan.FromHours(7)):yyyy-MM-ddTHH:mm:ss.fff}\"}}";
    }
}
