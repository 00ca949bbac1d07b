using System.Globalization;
using System.Net;
using System.Net.Http;
using Xunit;

namespace KiotViet.Client.Tests.Writes;

/// <summary>
/// A write whose answer was lost is looked up before anything is sent again: found means written (returned as if
/// the answer had come), not found means sent again; a lookup that cannot tell ends in "outcome unknown".
/// </summary>
public sealed class WriteReconciliationTests
{
    private const string Name = "Lê Thị Hoa";

    public enum LostAnswer
    {
        ServerError,
        GatewayTimeout,
        Dropped,
        CutOff,
    }

    [Theory]
    [InlineData(LostAnswer.ServerError)]
    [InlineData(LostAnswer.GatewayTimeout)]
    [InlineData(LostAnswer.Dropped)]
    [InlineData(LostAnswer.CutOff)]
    public async Task A_create_saved_whose_answer_was_lost_is_found_and_not_sent_again(LostAnswer lost)
    {
        var shop = new Shop { LoseAnswers = 1, SaveBeforeLosing = true, Lost = lost };
        using var connection = shop.Api.Connect();

        var customer = await Create(connection);

        Assert.Equal(1, shop.Posts);
        Assert.Equal(shop.Saved.Single().Id, customer.Id);
        Assert.Equal(Name, customer.Name);
    }

    [Theory]
    [InlineData(LostAnswer.ServerError)]
    [InlineData(LostAnswer.Dropped)]
    public async Task A_create_not_saved_whose_answer_was_lost_is_sent_again_and_created_once(LostAnswer lost)
    {
        var shop = new Shop { LoseAnswers = 1, SaveBeforeLosing = false, Lost = lost };
        using var connection = shop.Api.Connect();
        var observer = new RecordingObserver();
        using var observing = RequestObservation.Observe(observer);

        var customer = await Create(connection);

        Assert.Equal(2, shop.Posts);
        Assert.Equal(shop.Saved.Single().Id, customer.Id);
        Assert.Contains(observer.Lines, l => l.Contains("did not apply the create of customer 'Lê Thị Hoa'; sending it again (send 2"));
    }

    [Fact]
    public async Task An_older_customer_with_the_same_fields_is_not_taken_for_the_lost_create()
    {
        var shop = new Shop { LoseAnswers = 1, SaveBeforeLosing = false, Lost = LostAnswer.ServerError };
        shop.Saved.Add((77, DateTimeOffset.UtcNow.AddHours(-1)));
        using var connection = shop.Api.Connect();

        var customer = await Create(connection);

        Assert.Equal(2, shop.Posts);
        Assert.NotEqual(77, customer.Id);
    }

    [Fact]
    public async Task A_customer_this_connection_already_created_is_not_taken_for_the_next_identical_row()
    {
        var shop = new Shop();
        using var connection = shop.Api.Connect();
        var first = await Create(connection);
        shop.LoseAnswers = 1;
        shop.SaveBeforeLosing = false;

        var second = await Create(connection);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(3, shop.Posts);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(400)]
    public async Task When_the_lookup_fails_too_the_outcome_is_reported_unknown_and_the_create_is_not_resent(int lookupStatus)
    {
        var shop = new Shop { LoseAnswers = 1, SaveBeforeLosing = true, Lost = LostAnswer.ServerError, FailLookupsWith = lookupStatus };
        using var connection = shop.Api.Connect(o => o.MaxRetries = 1);

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => Create(connection));

        Assert.True(error.MayHaveBeenApplied);
        Assert.Equal(1, shop.Posts);
        Assert.Contains("outcome of the create of customer 'Lê Thị Hoa' is unknown", error.Message);
    }

    [Fact]
    public async Task A_create_never_applied_after_every_send_says_it_was_not_applied()
    {
        var shop = new Shop { LoseAnswers = int.MaxValue, SaveBeforeLosing = false, Lost = LostAnswer.ServerError };
        using var connection = shop.Api.Connect(o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => Create(connection));

        Assert.False(error.MayHaveBeenApplied);
        Assert.Equal(3, shop.Posts);
        Assert.Empty(shop.Saved);
        Assert.Contains("was not applied", error.Message);
    }

    [Fact]
    public async Task A_refusal_is_reported_at_once_as_certainly_not_applied()
    {
        var api = new FakeApi().Respond(() => FakeApi.Json(HttpStatusCode.BadRequest, "{\"responseStatus\":{\"errorCode\":\"KvValidateException\",\"message\":\"Mã khách hàng đã tồn tại\"}}"));
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => Create(connection));

        Assert.False(error.MayHaveBeenApplied);
        Assert.Equal(KiotVietErrorKind.Validation, error.Kind);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_429_on_a_create_is_resent_and_the_verbose_message_says_it_is_safe()
    {
        var api = new FakeApi().Respond(() => FakeApi.Status(429), () => FakeApi.Ok(FakeApi.CustomerJson(5)));
        using var connection = api.Connect();
        var observer = new RecordingObserver();
        using var observing = RequestObservation.Observe(observer);

        var customer = await Create(connection);

        Assert.Equal(5, customer.Id);
        Assert.Contains(observer.Waits, w => w.Reason.Contains("POST /customers; KiotViet did not act on it, so sending it again is safe"));
    }

    [Fact]
    public async Task An_update_whose_answer_was_lost_is_read_back_and_not_sent_again_when_it_shows()
    {
        var puts = 0;
        var api = new FakeApi
        {
            Api = (request, _) => Task.FromResult(request.Method == HttpMethod.Put
                ? (++puts == 1 ? FakeApi.Status(504) : throw new InvalidOperationException("sent twice"))
                : FakeApi.Ok("{\"id\":9,\"code\":\"KH9\",\"name\":\"A\",\"email\":\"new@example.vn\"}")),
        };
        using var connection = api.Connect();

        var updated = await connection.Customers.UpdateAsync(9, new CustomerDraft { Email = "new@example.vn" }, CancellationToken.None);

        Assert.Equal("new@example.vn", updated.Email);
        Assert.Equal(1, puts);
    }

    [Fact]
    public async Task A_delete_whose_answer_was_lost_is_done_when_the_customer_is_gone()
    {
        var deletes = 0;
        var api = new FakeApi
        {
            Api = (request, _) => Task.FromResult(request.Method == HttpMethod.Delete
                ? (++deletes == 1 ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.") : throw new InvalidOperationException("sent twice"))
                : FakeApi.Json(HttpStatusCode.NotFound, "{\"responseStatus\":{\"errorCode\":\"NotFound\",\"message\":\"Khách hàng không tồn tại\"}}")),
        };
        using var connection = api.Connect();

        await connection.Customers.DeleteAsync(9, CancellationToken.None);

        Assert.Equal(1, deletes);
    }

    private static Task<Customer> Create(KiotVietConnection connection) =>
        connection.Customers.CreateAsync(new CustomerDraft { Name = Name, ContactNumber = "0901 234 567" }, CancellationToken.None);

    /// <summary>A shop that may save a create and then lose its answer, and lists what it saved by phone and time.</summary>
    private sealed class Shop
    {
        private long nextId = 1000;

        public Shop() => Api = new FakeApi { Api = (request, _) => Task.FromResult(Answer(request)) };

        public FakeApi Api { get; }

        public int LoseAnswers { get; set; }

        public bool SaveBeforeLosing { get; set; }

        public LostAnswer Lost { get; set; }

        public int? FailLookupsWith { get; set; }

        public int Posts { get; private set; }

        public List<(long Id, DateTimeOffset Created)> Saved { get; } = new();

        private HttpResponseMessage Answer(RecordedRequest request)
        {
            if (request.Method == HttpMethod.Get)
            {
                if (FailLookupsWith is { } status)
                {
                    return FakeApi.Status(status);
                }

                var since = DateTimeOffset.Parse(request.Query("lastModifiedFrom")! + "+07:00", CultureInfo.InvariantCulture);
                var rows = Saved.Where(s => s.Created >= since || request.Query("lastModifiedFrom") is null).Select(s => Row(s.Id, s.Created)).ToList();
                return FakeApi.Ok($"{{\"total\":{rows.Count},\"pageSize\":100,\"data\":[{string.Join(",", rows)}]}}");
            }

            Posts++;
            var losing = LoseAnswers > 0;
            if (losing)
            {
                LoseAnswers--;
            }

            if (!losing || SaveBeforeLosing)
            {
                Saved.Add((++nextId, DateTimeOffset.UtcNow));
            }

            return !losing ? FakeApi.Ok($"{{\"message\":\"ok\",\"data\":{Row(nextId, Saved[^1].Created)}}}") : Lost switch
            {
                LostAnswer.ServerError => FakeApi.Status(500),
                LostAnswer.GatewayTimeout => new HttpResponseMessage(HttpStatusCode.GatewayTimeout) { Content = new StringContent("<html>504 Gateway Time-out</html>") },
                LostAnswer.CutOff => FakeApi.Ok("{\"message\":\"ok\",\"data\":{\"id\":"),
                _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."),
            };
        }

        private static string Row(long id, DateTimeOffset created) =>
            $"{{\"id\":{id},\"code\":\"KH{id}\",\"name\":\"{Name}\",\"contactNumber\":\"0901234567\",\"createdDate\":\"{created.ToOffset(TimeSpan.FromHours(7)):yyyy-MM-ddTHH:mm:ss.fff}\"}}";
    }
}
