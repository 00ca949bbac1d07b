using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

/// <summary>A minimal KiotViet client for the tests: token, Retailer header, JSON in and out.</summary>
public sealed class ApiClient : IDisposable
{
    private ApiClient(HttpClient http, Uri apiRoot)
    {
        Http = http;
        ApiRoot = apiRoot;
    }

    public HttpClient Http { get; }

    public Uri ApiRoot { get; }

    public static async Task<ApiClient> ConnectAsync(SandboxServer server, bool fnb = false)
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var token = await RequestTokenAsync(http, server, fnb);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        http.DefaultRequestHeaders.Add("Retailer", server.Options.Retailer);
        return new ApiClient(http, fnb ? server.FnbBaseUri : server.BaseUri);
    }

    public static async Task<string> RequestTokenAsync(HttpClient http, SandboxServer server, bool fnb = false)
    {
        using var response = await http.PostAsync(fnb ? server.FnbTokenUri : server.TokenUri, TokenForm(server.Options.ClientId, server.Options.ClientSecret, fnb ? "PublicApi.Access.FNB" : "PublicApi.Access"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    public static FormUrlEncodedContent TokenForm(string clientId, string secret, string scope = "PublicApi.Access") => new(new Dictionary<string, string>
    {
        ["scopes"] = scope,
        ["grant_type"] = "client_credentials",
        ["client_id"] = clientId,
        ["client_secret"] = secret,
    });

    public Task<HttpResponseMessage> GetAsync(string relative) => Http.GetAsync(new Uri(ApiRoot, relative));

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string relative, object? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(ApiRoot, relative));
        if (json is not null)
        {
            request.Content = JsonContent.Create(json);
        }

        var response = await Http.SendAsync(request);
        return (response, await ReadAsync(response));
    }

    public async Task<JsonElement> GetJsonAsync(string relative)
    {
        var (response, body) = await SendAsync(HttpMethod.Get, relative);
        Assert.True(response.IsSuccessStatusCode, $"GET {relative} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => Http.Dispose();
}
