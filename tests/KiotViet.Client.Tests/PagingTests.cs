using KiotViet.Paging;
using Xunit;

namespace KiotViet.Client.Tests;

public class PagingTests
{
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(5);

    private static IEnumerable<long> Range(long from, long to)
    {
        for (var i = from; i <= to; i++)
        {
            yield return i;
        }
    }

    private static PagedListing<Customer> List(KiotVietConnection connection, PageRequest? paging = null, CustomerQuery? query = null, CancellationToken cancellationToken = default) =>
        connection.Customers.List(query ?? new CustomerQuery(), paging ?? new PageRequest(), cancellationToken);

    private static List<long> Ids(IEnumerable<Customer> customers) => customers.Select(c => c.Id).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Returns_exactly_the_rows_across_pages_and_stops_at_the_total(int readAhead)
    {
        var api = new CustomerStore(250).Serve(new FakeApi());
        using var connection = api.Connect(o => o.PageReadAhead = readAhead);

        var ids = Ids(List(connection));

        Assert.Equal(Range(1, 250), ids);
        // Each page after the first starts a row back, to check that nothing shifted under the listing.
        Assert.Equal(new long[] { 0, 99, 198 }, api.Requests.Select(r => r.Offset).OrderBy(o => o));
    }

    [Fact]
    public void An_empty_page_long_before_the_total_ends_the_listing_with_an_error_after_the_rows_before_it()
    {
        var api = new FakeApi().Respond(
            () => FakeApi.Ok(FakeApi.PageJson(Range(1, 100), 500)),
            () => FakeApi.Ok(FakeApi.PageJson(Range(96, 150), 500)),
            () => FakeApi.Ok(FakeApi.PageJson(Array.Empty<long>(), 500)));
        using var connection = api.Connect(o => o.PageReadAhead = 1);
        var read = new List<long>();

        var error = Assert.Throws<KiotVietApiException>(() =>
        {
            foreach (var customer in List(connection))
            {
                read.Add(customer.Id);
            }
        });

        Assert.Equal(Range(1, 150), read);
        Assert.Equal(KiotVietErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("is empty although its total says there are 500 rows", error.Message);
        Assert.Contains("currentItem=153", error.Message);
        Assert.Equal(3, api.Requests.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Rows_deleted_before_the_offset_are_neither_skipped_nor_returned_twice(int readAhead)
    {
        var store = new CustomerStore(250)
        {
            // Two customers already read are deleted while the second page is being asked for: every later row shifts left by two.
            BeforeAnswer = (request, ids) =>
            {
                if (request.Offset == 99 && ids.Contains(5))
                {
                    ids.Remove(5);
                    ids.Remove(6);
                }
            },
        };
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect(o => o.PageReadAhead = readAhead);

        var ids = Ids(List(connection));

        // 5 and 6 were read before they were deleted; every other row comes exactly once.
        Assert.Equal(Range(1, 250), ids.OrderBy(i => i));
    }

    [Fact]
    public void Rows_deleted_while_the_last_page_is_asked_for_are_not_skipped()
    {
        var store = new CustomerStore(250)
        {
            BeforeAnswer = (request, ids) =>
            {
                if (request.Offset == 198 && ids.Contains(150))
                {
                    ids.RemoveAll(i => i is >= 150 and <= 195); // all already read: the rest shifts left by far more than the overlap
                }
            },
        };
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect(o => o.PageReadAhead = 1);

        var ids = Ids(List(connection));

        Assert.Equal(Range(1, 250), ids.OrderBy(i => i));
    }

    [Fact]
    public void Rows_added_during_the_run_are_followed_and_shifted_rows_come_once()
    {
        var store = new CustomerStore(200)
        {
            // Three rows appear before the offset (shifting read rows right) and ten after it (raising the total).
            BeforeAnswer = (request, ids) =>
            {
                if (request.Offset == 99 && !ids.Contains(1001))
                {
                    ids.InsertRange(0, new long[] { 1001, 1002, 1003 });
                    ids.AddRange(Range(201, 210));
                }
            },
        };
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect(o => o.PageReadAhead = 1);

        var ids = Ids(List(connection));

        Assert.Equal(Range(1, 210), ids);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Rows_shifted_left_while_the_total_stays_the_same_are_not_skipped(int readAhead)
    {
        var store = new CustomerStore(300)
        {
            // Nine rows already read are deleted and nine new ones appended: the total does not move, every row shifts.
            BeforeAnswer = (request, ids) =>
            {
                if (request.Offset == 99 && ids.Contains(1))
                {
                    ids.RemoveRange(0, 9);
                    ids.AddRange(Range(301, 309));
                }
            },
        };
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect(o => o.PageReadAhead = readAhead);

        var ids = Ids(List(connection));

        Assert.Equal(Range(1, 309), ids.OrderBy(i => i));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Ids_repeated_across_pages_come_out_once()
    {
        var api = new FakeApi().Respond(
            () => FakeApi.Ok(FakeApi.PageJson(Range(1, 100), 190)),
            () => FakeApi.Ok(FakeApi.PageJson(Range(91, 190), 190)));
        using var connection = api.Connect(o => o.PageReadAhead = 1);

        var ids = Ids(List(connection));

        Assert.Equal(Range(1, 190), ids);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Advances_by_rows_received_when_the_server_caps_the_page_size(int readAhead)
    {
        var api = new CustomerStore(230) { Cap = 50 }.Serve(new FakeApi());
        using var connection = api.Connect(o => o.PageReadAhead = readAhead);

        var ids = Ids(List(connection));

        Assert.Equal(Range(1, 230), ids);
        Assert.Equal(100, api.Requests.First().PageSize);
    }

    [Fact]
    public void Summary_rows_with_negative_ids_are_skipped()
    {
        var page = "{\"total\":3,\"pageSize\":100,\"data\":[{\"id\":-1,\"name\":\"Tổng\"},"
            + FakeApi.CustomerJson(1) + "," + FakeApi.CustomerJson(2) + "]}";
        var api = new FakeApi().Respond(() => FakeApi.Ok(page));
        using var connection = api.Connect();

        Assert.Equal(new long[] { 1, 2 }, Ids(List(connection)));
    }

    [Fact]
    public void First_is_pushed_down_into_one_small_request()
    {
        var api = new CustomerStore(1000).Serve(new FakeApi());
        using var connection = api.Connect();

        var ids = Ids(List(connection, new PageRequest { First = 5 }));

        Assert.Equal(Range(1, 5), ids);
        var request = Assert.Single(api.Requests);
        Assert.Equal(5, request.PageSize);
    }

    [Fact]
    public void First_across_pages_asks_only_for_what_is_left()
    {
        var api = new CustomerStore(1000).Serve(new FakeApi());
        using var connection = api.Connect();

        var ids = Ids(List(connection, new PageRequest { First = 130 }));

        Assert.Equal(Range(1, 130), ids);
        Assert.Equal(new[] { (0L, 100), (99L, 31) }, api.Requests.Select(r => (r.Offset, r.PageSize)).OrderBy(p => p.Item1));
    }

    [Fact]
    public void Skip_is_sent_as_currentItem()
    {
        var api = new CustomerStore(300).Serve(new FakeApi());
        using var connection = api.Connect();

        var ids = Ids(List(connection, new PageRequest { Skip = 250 }));

        Assert.Equal(Range(251, 300), ids);
        Assert.Equal(250, api.Requests.First().Offset);
    }

    [Fact]
    public void Read_ahead_requests_pages_concurrently_yet_items_come_out_in_order()
    {
        var store = new CustomerStore(500);
        var arrived = 0;
        var allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var api = new FakeApi
        {
            Api = async (request, ct) =>
            {
                if (request.Offset > 0)
                {
                    if (Interlocked.Increment(ref arrived) == 4)
                    {
                        allArrived.TrySetResult();
                    }

                    await allArrived.Task.WaitAsync(Promptly, ct);

                    // Later pages answer first.
                    await Task.Delay(TimeSpan.FromMilliseconds((500 - request.Offset) / 5), ct);
                }

                return store.Answer(request);
            },
        };
        using var connection = api.Connect(o => o.PageReadAhead = 4);

        var ids = Ids(List(connection));

        Assert.Equal(4, api.MaxInFlight);
        Assert.Equal(Range(1, 500), ids);
    }

    [Fact]
    public void Stopping_early_cancels_pages_in_flight_and_sends_no_more()
    {
        var store = new CustomerStore(1000);
        var cancelled = 0;
        var api = new FakeApi
        {
            Api = async (request, ct) =>
            {
                if (request.Offset >= 198)
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, ct);
                    }
                    catch (OperationCanceledException)
                    {
                        Interlocked.Increment(ref cancelled);
                        throw;
                    }
                }

                return store.Answer(request);
            },
        };
        using var connection = api.Connect(o => o.PageReadAhead = 4);

        var taken = Ids(List(connection).Take(150));

        Assert.Equal(Range(1, 150), taken);
        // Pages 99..396 were requested ahead; 198, 297 and 396 were still in flight when the consumer stopped.
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref cancelled) == 3, Promptly), $"{cancelled} of 3 pages in flight were cancelled");
        Assert.Equal(new long[] { 0, 99, 198, 297, 396 }, api.Requests.Select(r => r.Offset).OrderBy(o => o));
    }

    [Fact]
    public async Task A_cancelled_token_stops_a_listing_promptly()
    {
        var store = new CustomerStore(1000);
        var blocked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var api = new FakeApi
        {
            Api = async (request, ct) =>
            {
                if (request.Offset >= 95)
                {
                    blocked.TrySetResult();
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return store.Answer(request);
            },
        };
        using var connection = api.Connect();
        using var cts = new CancellationTokenSource();
        var received = 0;

        var run = Task.Run(() =>
        {
            foreach (var _ in List(connection, cancellationToken: cts.Token))
            {
                received++;
            }
        });
        await blocked.Task.WaitAsync(Promptly);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(Promptly));
        Assert.Equal(100, received);
    }

    [Fact]
    public void Removed_ids_are_collected_in_all_four_spellings()
    {
        var store = new CustomerStore(300)
        {
            Extra = offset => offset switch
            {
                0 => ",\"removedIds\":[9001]",
                99 => ",\"removeId\":[9002]",
                _ => ",\"removeIds\":[9003,9004],\"removedId\":[9005]",
            },
        };
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect(o => o.PageReadAhead = 1);
        var listing = List(connection, query: new CustomerQuery { ModifiedSince = new DateTime(2026, 1, 1), IncludeRemoved = true });

        var ids = Ids(listing);

        Assert.Equal(300, ids.Count);
        Assert.Equal(new long[] { 9001, 9002, 9003, 9004, 9005 }, listing.RemovedIds.OrderBy(i => i));
        Assert.Equal("true", api.Requests.First().Query("includeRemoveIds"));
    }

    [Fact]
    public void A_list_envelope_without_pageSize_and_with_a_timestamp_is_read_to_its_end()
    {
        // 2.13.1, 2.24.1 and 2.24.2 document {total, data} only; 2.3.1 and 2.7 add a timestamp.
        var api = new FakeApi
        {
            Api = (request, _) => Task.FromResult(FakeApi.Ok(
                $"{{\"total\":150,\"data\":[{string.Join(",", Enumerable.Range((int)request.Offset + 1, (int)Math.Min(request.PageSize, 150 - request.Offset)).Select(i => FakeApi.CustomerJson(i)))}],\"timestamp\":\"2026-01-15T10:20:30.123\"}}")),
        };
        using var connection = api.Connect(o => o.PageReadAhead = 1);

        var ids = Ids(List(connection));

        Assert.Equal(Enumerable.Range(1, 150).Select(i => (long)i), ids.OrderBy(i => i));
    }

    [Fact]
    public void An_empty_shop_returns_nothing_after_one_request()
    {
        var api = new CustomerStore(0).Serve(new FakeApi());
        using var connection = api.Connect();

        Assert.Empty(List(connection));
        Assert.Single(api.Requests);
    }

    [Fact]
    public void A_page_that_fails_once_is_retried_and_nothing_is_lost_or_repeated()
    {
        var store = new CustomerStore(400);
        var failed = 0;
        var api = new FakeApi
        {
            Api = (request, _) => Task.FromResult(request.Offset == 198 && Interlocked.Exchange(ref failed, 1) == 0 ? FakeApi.Status(503) : store.Answer(request)),
        };
        using var connection = api.Connect();

        Assert.Equal(Range(1, 400), Ids(List(connection)));
        Assert.Equal(1, failed);
    }

    [Fact]
    public void A_page_that_keeps_failing_ends_the_listing_with_the_api_error_after_the_rows_before_it()
    {
        var store = new CustomerStore(400);
        var api = new FakeApi
        {
            Api = (request, _) => Task.FromResult(request.Offset == 99 ? FakeApi.Status(500) : store.Answer(request)),
        };
        using var connection = api.Connect(o => o.MaxRetries = 1);
        var received = new List<long>();

        var error = Assert.Throws<KiotVietApiException>(() =>
        {
            foreach (var customer in List(connection))
            {
                received.Add(customer.Id);
            }
        });

        Assert.Equal(KiotVietErrorKind.ServerError, error.Kind);
        Assert.Equal(Range(1, 100), received);
    }
}
