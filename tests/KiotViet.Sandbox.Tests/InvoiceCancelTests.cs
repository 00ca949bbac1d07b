using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

/// <summary>Cancelling invoices: both delete forms seen in the wild, as the option serves them, and what a cancel changes.</summary>
public sealed class InvoiceCancelTests
{
    [Fact]
    public async Task The_path_form_cancels_the_invoice_and_answers_it_with_status_2_while_the_body_form_has_no_route()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 40, InvoiceCancelForm = InvoiceCancelForm.PathAndQuery });
        using var client = await ApiClient.ConnectAsync(server);
        var paid = server.Controls.Invoices.First(i => i.Status == 1 && i.Payments.Count > 0);

        var (response, body) = await client.SendAsync(HttpMethod.Delete, $"invoices/{paid.Id}?isVoidPayment=false");
        var (other, _) = await client.SendAsync(HttpMethod.Delete, "invoices", new { id = paid.Id, isVoidPayment = false });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.GetProperty("status").GetInt32());
        Assert.Equal("Đã hủy", body.GetProperty("statusValue").GetString());
        Assert.Equal(paid.Code, body.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, other.StatusCode);
        var stored = server.Controls.Invoices.Single(i => i.Id == paid.Id);
        Assert.Equal(2, stored.Status);
        Assert.All(stored.Payments, p => Assert.Equal(0, p.Status)); // not voided: the payments stand
        Assert.Equal(paid.TotalPayment, stored.TotalPayment);
    }

    [Fact]
    public async Task By_default_the_documented_body_form_cancels_and_voids_the_payments_when_asked_while_the_path_form_has_no_route()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 40 });
        using var client = await ApiClient.ConnectAsync(server);
        var paid = server.Controls.Invoices.First(i => i.Status == 1 && i.Payments.Count > 0);

        var (pathForm, _) = await client.SendAsync(HttpMethod.Delete, $"invoices/{paid.Id}?isVoidPayment=true");
        Assert.Equal(1, server.Controls.Invoices.Single(i => i.Id == paid.Id).Status); // untouched by the missing route
        var (response, body) = await client.SendAsync(HttpMethod.Delete, "invoices", new { id = paid.Id, isVoidPayment = true });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, pathForm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.GetProperty("status").GetInt32());
        Assert.All(body.GetProperty("payments").EnumerateArray(), p => Assert.Equal("Đã hủy", p.GetProperty("statusValue").GetString()));
        var stored = server.Controls.Invoices.Single(i => i.Id == paid.Id);
        Assert.All(stored.Payments, p => Assert.Equal(1, p.Status));
        Assert.Equal(0m, stored.TotalPayment);
    }

    [Fact]
    public async Task Cancelling_a_cancelled_invoice_is_refused_and_a_missing_one_is_not_found()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 40, InvoiceCancelForm = InvoiceCancelForm.Both });
        using var client = await ApiClient.ConnectAsync(server);
        var invoice = server.Controls.Invoices.First(i => i.Status == 1);

        var (first, _) = await client.SendAsync(HttpMethod.Delete, "invoices", new { id = invoice.Id, isVoidPayment = false });
        var (again, refusal) = await client.SendAsync(HttpMethod.Delete, $"invoices/{invoice.Id}");
        var (missing, notFound) = await client.SendAsync(HttpMethod.Delete, "invoices/999999999");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal($"Hóa đơn {invoice.Code} đã bị hủy.", refusal.GetProperty("responseStatus").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("NotFound", notFound.GetProperty("responseStatus").GetProperty("errorCode").GetString());
    }
}
