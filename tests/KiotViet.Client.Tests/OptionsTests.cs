using Xunit;

namespace KiotViet.Client.Tests;

public class OptionsTests
{
    private static ArgumentException Refused(Action<KiotVietConnectionOptions> change)
    {
        var options = FakeApi.Options();
        change(options);
        return Assert.ThrowsAny<ArgumentException>(() => new KiotVietConnection(options, new FakeApi()));
    }

    [Theory]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://127.0.0.1:9/")]
    [InlineData("http://[::1]:8080/")]
    [InlineData("https://public.kiotapi.com/")]
    public void Https_or_loopback_addresses_are_accepted(string uri)
    {
        var options = FakeApi.Options();
        options.ApiBaseUri = new Uri(uri);
        options.TokenUri = new Uri(new Uri(uri), "connect/token");

        using var connection = new KiotVietConnection(options, new FakeApi());

        Assert.Equal(new Uri(uri), connection.ApiBaseUri);
    }

    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("http://localhost.example.com/")]
    [InlineData("ftp://127.0.0.1/")]
    public void Plain_http_to_anything_but_loopback_is_refused_with_a_clear_message(string uri)
    {
        var apiError = Refused(o => o.ApiBaseUri = new Uri(uri));
        var tokenError = Refused(o => o.TokenUri = new Uri(uri));

        Assert.Contains("must use HTTPS", apiError.Message);
        Assert.Contains(new Uri(uri).Host, apiError.Message);
        Assert.Contains("API base URI", apiError.Message);
        Assert.Contains("token URI", tokenError.Message);
    }

    [Theory]
    [InlineData("myshop.kiotviet.vn")]
    [InlineData("https://myshop.kiotviet.vn")]
    [InlineData("my shop")]
    public void A_retailer_that_looks_like_a_url_is_refused(string retailer)
    {
        var error = Refused(o => o.Retailer = retailer);

        Assert.Contains("not a retailer name", error.Message);
        Assert.Contains("'myshop'", error.Message);
    }

    [Fact]
    public void Missing_credentials_are_refused_with_what_is_missing()
    {
        Assert.Contains("client secret", Refused(o => o.ClientSecret = null).Message);
        Assert.Contains("client id", Refused(o => o.ClientId = " ").Message);
        Assert.Contains("retailer", Refused(o => o.Retailer = "").Message);
        Assert.Throws<ArgumentException>(() => new ClientSecret(""));
    }

    [Fact]
    public void Nonsense_limits_are_refused()
    {
        Assert.Contains("GET request budget", Refused(o => o.GetRequestsPerHour = 0).Message);
        Assert.Contains("MaxRetries", Refused(o => o.MaxRetries = -1).Message);
        Assert.Contains("PageReadAhead", Refused(o => o.PageReadAhead = 0).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageRequest { PageSize = 101 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageRequest { PageSize = 0 });
    }

    [Theory]
    [InlineData(KiotVietEdition.Retail, "https://public.kiotapi.com/", "https://id.kiotviet.vn/connect/token", "PublicApi.Access")]
    [InlineData(KiotVietEdition.FnB, "https://publicfnb.kiotapi.com/", "https://api.fnb.kiotviet.vn/identity/connect/token", "PublicApi.Access.FNB")]
    public void Each_edition_has_its_own_endpoints_and_scope(KiotVietEdition edition, string api, string token, string scope)
    {
        var options = new KiotVietConnectionOptions { Edition = edition };

        Assert.Equal(new Uri(api), options.EffectiveApiBaseUri);
        Assert.Equal(new Uri(token), options.EffectiveTokenUri);
        Assert.Equal(scope, options.EffectiveScope);
    }

    [Fact]
    public async Task A_base_uri_with_a_path_and_no_trailing_slash_keeps_its_path()
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok(FakeApi.CustomerJson(1)));
        using var connection = api.Connect(o => o.ApiBaseUri = new Uri("http://127.0.0.1:9/kiotviet"));

        await connection.Customers.GetAsync(1, CancellationToken.None);

        Assert.Equal("/kiotviet/customers/1", Assert.Single(api.Requests).Uri.AbsolutePath);
    }
}
