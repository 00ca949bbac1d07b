using KiotViet.Http;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace KiotViet.Client.Tests;

public class BudgetTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private static HttpResponseMessage Found() => FakeApi.Ok(FakeApi.CustomerJson(1));

    [Fact]
    public void The_next_request_waits_until_the_oldest_leaves_the_hour()
    {
        var time = new FakeTimeProvider(Start);
        var budget = new GetRequestBudget(3, TimeSpan.FromHours(1), time);

        foreach (var minute in new[] { 0, 10, 20 })
        {
            time.SetUtcNow(Start.AddMinutes(minute));
            Assert.Equal(TimeSpan.Zero, budget.TryTake());
        }

        time.SetUtcNow(Start.AddMinutes(30));
        Assert.Equal(TimeSpan.FromMinutes(30), budget.TryTake());
        Assert.Equal(3, budget.Used);

        time.SetUtcNow(Start.AddMinutes(60));
        Assert.Equal(TimeSpan.Zero, budget.TryTake());
        Assert.Equal(TimeSpan.FromMinutes(10), budget.TryTake());
    }

    [Fact]
    public void A_budget_wait_says_how_much_of_the_hour_is_used_and_when_the_next_request_goes()
    {
        var time = new FakeTimeProvider(Start);
        time.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"));
        var budget = new GetRequestBudget(5000, TimeSpan.FromHours(1), time);
        for (var i = 0; i < 5000; i++)
        {
            Assert.Equal(TimeSpan.Zero, budget.TryTake());
        }

        time.Advance(TimeSpan.FromMinutes(55));

        Assert.Equal("pacing: 5,000 of 5,000 GETs this hour; next at 16:00", budget.Pacing(budget.TryTake()));
    }

    [Fact]
    public async Task A_budget_wait_is_reported_and_ends_promptly_when_cancelled()
    {
        var api = new FakeApi().Respond(Found);
        // A clock that never moves by itself: the hour's wait cannot end before the test cancels it.
        using var connection = api.Connect(o => o.GetRequestsPerHour = 2, new FakeTimeProvider(Start));
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observer = new RecordingObserver { OnWait = _ => waiting.TrySetResult() };
        using var cts = new CancellationTokenSource();
        using var _ = RequestObservation.Observe(observer);

        await connection.Customers.GetAsync(1, cts.Token);
        await connection.Customers.GetAsync(1, cts.Token);
        var third = connection.Customers.GetAsync(1, cts.Token);
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(5));
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third.WaitAsync(TimeSpan.FromSeconds(5)));
        var (delay, reason) = Assert.Single(observer.Waits);
        Assert.InRange(delay, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
        Assert.Contains("2 GET requests per hour", reason);
        Assert.StartsWith("pacing: 2 of 2 GETs this hour; next at ", reason);
        Assert.Equal(2, api.Requests.Count);
        Assert.Equal(2, connection.GetRequestsInLastHour);
    }

    [Fact]
    public async Task Writes_do_not_spend_the_get_budget()
    {
        var api = new FakeApi().Respond(Found);
        using var connection = api.Connect(o => o.GetRequestsPerHour = 1);
        var observer = new RecordingObserver();
        using var _ = RequestObservation.Observe(observer);

        await connection.Customers.GetAsync(1, CancellationToken.None);
        await connection.Customers.CreateAsync(new CustomerDraft { Name = "Võ Thị Sáu" }, CancellationToken.None);
        await connection.Customers.UpdateAsync(1, new CustomerDraft { Email = "a@b.vn" }, CancellationToken.None);

        Assert.Empty(observer.Waits);
        Assert.Equal(3, api.Requests.Count);
        Assert.Equal(1, connection.GetRequestsInLastHour);
    }

    [Fact]
    public async Task Connections_to_the_same_shop_share_one_budget()
    {
        var options = FakeApi.Options();
        options.GetRequestsPerHour = 1;
        var api = new FakeApi().Respond(Found);
        using var first = new KiotVietConnection(options, api);
        using var second = new KiotVietConnection(options, api);
        using var cts = new CancellationTokenSource();
        var observer = new RecordingObserver { OnWait = _ => cts.Cancel() };
        using var _ = RequestObservation.Observe(observer);

        await first.Customers.GetAsync(1, cts.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.Customers.GetAsync(1, cts.Token));
        Assert.Single(observer.Waits);
        Assert.Single(api.Requests);
    }
}
