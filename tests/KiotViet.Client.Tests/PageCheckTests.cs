using Xunit;

namespace KiotViet.Client.Tests;

/// <summary>Every malformed page is either handled correctly (and said so) or ends the listing with a clear error; never a silent partial result, never endless paging.</summary>
public class PageCheckTests
{
    private const int ShopSize = 250;

    private static IEnumerable<long> Range(long from, long count)
    {
        for (var i = 0L; i < count; i++)
        {
            yield return from + i;
        }
    }

    /// <summary>A shop of 250 customers whose answers a test rewrites: (offset, size) to the JSON of the page.</summary>
    private static FakeApi Shop(Func<long, int, string> page)
    {
        var api = new FakeApi();
        api.Api = (request, _) => Task.FromResult(FakeApi.Ok(page(request.Offset, request.PageSize)));
        return api;
    }

    private static string Rows(long offset, int size) => string.Join(",", Range(offset + 1, Math.Max(0, Math.Min(size, ShopSize - offset))).Select(FakeApi.CustomerJson));

    private static string Honest(long offset, int size) => $"{{\"total\":{ShopSize},\"pageSize\":{size},\"data\":[{Rows(offset, size)}]}}";

    private static (List<long> Ids, KiotVietApiException? Error, RecordingObserver Observer) Read(FakeApi api, int readAhead = 1, Action<ListingLimits>? limits = null)
    {
        using var connection = api.Connect(o =>
        {
            o.PageReadAhead = readAhead;
            limits?.Invoke(o.Listing);
        });
        var observer = new RecordingObserver();
        var ids = new List<long>();
        using (RequestObservation.Observe(observer))
        {
            try
            {
                foreach (var customer in connection.Customers.List(new CustomerQuery(), new PageRequest(), CancellationToken.None))
                {
                    ids.Add(customer.Id);
                }
            }
            catch (KiotVietApiException ex)
            {
                return (ids, ex, observer);
            }
        }

        return (ids, null, observer);
    }

    private static KiotVietApiException Fails(FakeApi api, string expected, int readAhead = 1)
    {
        var (ids, error, _) = Read(api, readAhead);
        Assert.NotNull(error);
        Assert.Equal(KiotVietErrorKind.InvalidResponse, error!.Kind);
        Assert.Contains(expected, error.Message);
        Assert.Contains("GET /customers?", error.Message);
        Assert.True(ids.Count < ShopSize);
        return error;
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("null")]
    public void A_later_page_without_a_data_list_ends_the_listing(string how)
    {
        var api = Shop((offset, size) => offset == 0 ? Honest(offset, size)
            : how == "missing" ? $"{{\"total\":{ShopSize},\"pageSize\":{size}}}" : $"{{\"total\":{ShopSize},\"pageSize\":{size},\"data\":null}}");

        var error = Fails(api, "has no 'data' list (total 250, currentItem 99)");

        Assert.Equal("/customers", error.RequestPath);
    }

    [Fact]
    public void A_first_page_without_a_data_list_and_a_total_is_not_an_empty_shop()
    {
        Fails(Shop((_, _) => "{}"), "has no 'data' list (total missing, currentItem 0)");
    }

    [Fact]
    public void An_empty_shop_answered_without_a_data_list_is_empty()
    {
        var (ids, error, _) = Read(Shop((_, _) => "{\"total\":0,\"pageSize\":100}"));

        Assert.Null(error);
        Assert.Empty(ids);
    }

    [Fact]
    public void Null_rows_are_skipped_with_a_warning_and_the_offset_still_counts_them()
    {
        var api = Shop((offset, size) =>
        {
            var rows = Range(offset + 1, Math.Min(size, ShopSize - offset)).Select(id => id % 50 == 0 ? "null" : FakeApi.CustomerJson(id));
            return $"{{\"total\":{ShopSize},\"pageSize\":{size},\"data\":[{string.Join(",", rows)}]}}";
        });

        var (ids, error, observer) = Read(api);

        Assert.Null(error);
        Assert.Equal(Range(1, ShopSize).Where(id => id % 50 != 0), ids);
        Assert.Contains(observer.Lines, l => l.StartsWith("WARNING: ") && l.Contains("without a usable id") && l.Contains("skipped"));
    }

    [Theory]
    [InlineData("{\"code\":\"KH{0}\",\"name\":\"no id\"}")]
    [InlineData("{\"id\":0,\"code\":\"KH{0}\"}")]
    public void Rows_without_an_id_are_skipped_with_a_warning(string row)
    {
        var api = Shop((offset, size) =>
        {
            var rows = Range(offset + 1, Math.Min(size, ShopSize - offset)).Select(id => id == 7 || id == 180 ? row.Replace("{0}", id.ToString()) : FakeApi.CustomerJson(id));
            return $"{{\"total\":{ShopSize},\"pageSize\":{size},\"data\":[{string.Join(",", rows)}]}}";
        });

        var (ids, error, observer) = Read(api);

        Assert.Null(error);
        Assert.Equal(Range(1, ShopSize).Where(id => id is not 7 and not 180), ids);
        Assert.Equal(2, observer.Lines.Count(l => l.StartsWith("WARNING: ") && l.Contains("1 row(s) without a usable id")));
    }

    [Fact]
    public void More_rows_without_an_id_than_the_limit_end_the_listing()
    {
        var api = Shop((offset, size) =>
        {
            var rows = Range(offset + 1, Math.Min(size, ShopSize - offset)).Select(id => id % 2 == 0 ? "{\"name\":\"x\"}" : FakeApi.CustomerJson(id));
            return $"{{\"total\":{ShopSize},\"pageSize\":{size},\"data\":[{string.Join(",", rows)}]}}";
        });

        var (_, error, _) = Read(api, limits: l => l.MaxRowsWithoutId = 60);

        Assert.Contains("more than the 60 a listing skips", error!.Message);
    }

    [Theory]
    [InlineData("{\"name\":\"x\"}")]
    [InlineData("{\"id\":-5,\"name\":\"x\"}")]
    [InlineData("null")]
    public void A_page_where_no_row_has_a_usable_id_ends_the_listing(string row)
    {
        var api = Shop((offset, size) => $"{{\"total\":{ShopSize},\"pageSize\":{size},\"data\":[{string.Join(",", Enumerable.Repeat(row, size))}]}}");

        Fails(api, "none with a usable id");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"total\":null,")]
    [InlineData("\"total\":0,")]
    [InlineData("\"total\":-250,")]
    public void A_total_that_cannot_be_true_is_ignored_and_the_listing_reads_on_to_an_empty_page(string total)
    {
        var api = Shop((offset, size) => $"{{{total}\"pageSize\":{size},\"data\":[{Rows(offset, size)}]}}");

        var (ids, error, observer) = Read(api, readAhead: 4);

        Assert.Null(error);
        Assert.Equal(Range(1, ShopSize), ids);
        Assert.Single(observer.Lines, l => l.StartsWith("WARNING: ") && l.Contains("that total cannot be true"));
    }

    [Fact]
    public void A_total_that_cannot_be_true_with_a_capped_page_size_still_reads_everything()
    {
        var api = Shop((offset, size) => $"{{\"pageSize\":{Math.Min(size, 30)},\"data\":[{Rows(offset, Math.Min(size, 30))}]}}");

        var (ids, error, _) = Read(api);

        Assert.Null(error);
        Assert.Equal(Range(1, ShopSize), ids);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_total_that_grows_as_fast_as_the_listing_reads_stops_instead_of_paging_forever(int readAhead)
    {
        var api = Shop((offset, size) => $"{{\"total\":{offset + size + 200},\"pageSize\":{size},\"data\":[{string.Join(",", Range(offset + 1, size).Select(FakeApi.CustomerJson))}]}}");

        var (ids, error, _) = Read(api, readAhead);

        Assert.NotNull(error);
        Assert.Contains("brought no progress", error!.Message);
        Assert.True(api.Requests.Count <= ListingLimits.DefaultMaxPagesWithoutProgress + 2 + readAhead, $"{api.Requests.Count} requests");
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void The_same_page_for_every_offset_ends_the_listing(int readAhead)
    {
        var api = Shop((_, size) => Honest(0, size));

        var (ids, error, _) = Read(api, readAhead);

        Assert.Contains("has exactly the rows of currentItem 0", error!.Message);
        Assert.Equal(Range(1, 100), ids);
    }

    [Fact]
    public void Rows_that_change_on_every_request_do_not_step_back_forever()
    {
        var answers = 0;
        var api = new FakeApi();
        api.Api = (request, _) =>
        {
            var first = 1_000_000L * Interlocked.Increment(ref answers);
            return Task.FromResult(FakeApi.Ok($"{{\"total\":{ShopSize},\"pageSize\":{request.PageSize},\"data\":[{string.Join(",", Range(first, request.PageSize).Select(FakeApi.CustomerJson))}]}}"));
        };

        var (_, error, _) = Read(api);

        Assert.Contains("brought no progress", error!.Message);
    }

    [Fact]
    public void A_date_that_is_not_a_date_names_the_field_and_is_not_retried()
    {
        var api = Shop((offset, size) => offset == 0
            ? $"{{\"total\":{ShopSize},\"pageSize\":{size},\"data\":[{{\"id\":1,\"modifiedDate\":\"yesterday\"}}]}}"
            : Honest(offset, size));

        var (_, error, _) = Read(api);

        Assert.Equal(KiotVietErrorKind.InvalidResponse, error!.Kind);
        Assert.Contains("$.data[0].modifiedDate", error.Message);
        Assert.Contains("'yesterday' is not a date", error.Message);
        Assert.Single(api.Requests);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Bad gateway</body></html>", "is not JSON (it starts with '<!DOCTYPE html>")]
    [InlineData("{\"total\":250,\"pageSize\":100,\"data\":{\"id\":1}}", "is not in the form the API documents at $.data")]
    [InlineData("[1,2,3]", "is not in the form the API documents")]
    [InlineData("{\"total\":\"many\",\"data\":[]}", "at $.total")]
    [InlineData("{\"total\":250,\"data\":[{\"id\":\"abc\"}]}", "at $.data[0].id")]
    [InlineData("null", "is not in the form the API documents")]
    [InlineData("{\"total\":250,\"data\":[]} trailing", "is not in the form the API documents")]
    public void A_whole_answer_of_the_wrong_shape_is_a_clear_error_without_retries(string body, string expected)
    {
        var api = Shop((_, _) => body);

        var (_, error, _) = Read(api);

        Assert.Equal(KiotVietErrorKind.InvalidResponse, error!.Kind);
        Assert.Contains(expected, error.Message);
        Assert.Single(api.Requests);
    }

    [Theory]
    [InlineData("{\"total\":250,\"pageSize\":100,\"data\":[{\"id\":1,\"na")]
    [InlineData("")]
    public void An_answer_cut_off_mid_way_is_retried(string cut)
    {
        var answers = 0;
        var api = Shop((offset, size) => Interlocked.Increment(ref answers) == 1 ? cut : Honest(offset, size));

        var (ids, error, _) = Read(api);

        Assert.Null(error);
        Assert.Equal(Range(1, ShopSize), ids);
        Assert.Equal(4, api.Requests.Count);
    }

    [Fact]
    public void Limits_are_validated_with_the_connection()
    {
        var options = FakeApi.Options();
        options.Listing.MaxPagesWithoutProgress = 0;

        Assert.Throws<ArgumentException>(() => options.Validate());
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(ListingLimits.MaxOffset + 1)]
    [InlineData(long.MaxValue)]
    public void A_skip_that_cannot_be_sent_as_an_offset_is_refused_before_any_request(long skip)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PageRequest { Skip = skip });

        Assert.Contains("largest offset KiotViet accepts", error.Message);
    }

    [Fact]
    public void A_negative_first_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageRequest { First = -1 });
    }
}
