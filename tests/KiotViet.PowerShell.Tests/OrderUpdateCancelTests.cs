using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Set-KvOrder and Remove-KvOrder: what they change, -WhatIf, refusals before sending and from KiotViet, lost answers.</summary>
public sealed class OrderUpdateCancelTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public OrderUpdateCancelTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_piped_order_gets_its_new_description_and_lines_and_WhatIf_or_nothing_to_change_sends_no_update()
    {
        var order = DraftOrders(1).Single();

        var result = shop.Shell.Run($$"""
            Get-KvOrder -Id {{order.Id}} | Set-KvOrder -Description 'Giao sáng thứ bảy' -Line @{ ProductCode = 'SP000003'; Quantity = 2; Price = 50000 } -PassThru
            Set-KvOrder -Id {{order.Id}} -Description 'không gửi' -WhatIf
            Set-KvOrder -Id {{order.Id}}
            """);

        var updated = Assert.Single(result.Output);
        Assert.Equal("Giao sáng thứ bảy", updated.Properties["Description"].Value);
        Assert.Equal("SP000003 x2", updated.Properties["Lines"].Value.ToString());
        Assert.StartsWith("KiotVietNoOrderChanges,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(1, shop.Controls.RequestCount("PUT", "/orders"));
        var stored = shop.Controls.Orders.Single(o => o.Id == order.Id);
        Assert.Equal("Giao sáng thứ bảy", stored.Description);
        Assert.Equal(1, stored.LineCount);
    }

    [Fact]
    public void Remove_KvOrder_cancels_with_IsVoidPayment_as_asked_and_a_second_cancel_is_a_warning()
    {
        var orders = DraftOrders(2);

        var result = shop.Shell.Run(
            "$kvIds | Remove-KvOrder -VoidPayment -Confirm:$false -PassThru; Remove-KvOrder -Id $kvIds[0] -Confirm:$false",
            new Dictionary<string, object?> { ["kvIds"] = orders.Select(o => o.Id).ToArray() });

        Assert.Equal(orders.Select(o => o.Code), result.Output.Select(o => (string)o.Properties["Code"].Value));
        Assert.All(result.Output, o => Assert.Equal("Đã hủy", o.Properties["StatusValue"].Value));
        Assert.Empty(result.Errors);
        Assert.EndsWith($"(id {orders[0].Id}) was already cancelled: nothing changed.", Assert.Single(result.Warnings));
        var deletes = shop.Controls.Requests.Where(r => r.Method == "DELETE" && r.Path.StartsWith("/orders/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, deletes.Count);
        Assert.All(deletes.Take(2), d => Assert.Contains("IsVoidPayment=true", d.QueryString));
        Assert.Contains("IsVoidPayment=false", deletes[2].QueryString);
        Assert.All(orders, o => Assert.Equal("Đã hủy", shop.Controls.Orders.Single(s => s.Id == o.Id).StatusValue));
    }

    [Fact]
    public void The_prompt_names_the_order_by_code_total_and_customer_and_WhatIf_sends_no_cancel()
    {
        var orders = DraftOrders(2);

        var whatIf = shop.Shell.Run($"Remove-KvOrder -Id {orders[0].Id} -WhatIf");
        var confirmed = shop.Shell.Run($"Get-KvOrder -Id {orders[1].Id} | Remove-KvOrder -Confirm:$false -Verbose").ShouldSucceed();

        Assert.Empty(whatIf.Errors);
        Assert.Equal(1, shop.Controls.RequestCount("DELETE", "/orders"));
        Assert.Equal("Phiếu tạm", shop.Controls.Orders.Single(o => o.Id == orders[0].Id).StatusValue);
        var total = orders[1].Total.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(confirmed.Verbose, v => v.Contains($"order {orders[1].Code} total {total} ") && v.Contains($"(id {orders[1].Id})"));
    }

    [Fact]
    public void With_ordering_off_in_the_shop_settings_each_write_is_refused_with_KiotViets_message_and_the_run_goes_on()
    {
        var orders = DraftOrders(2);
        shop.Controls.AllowOrders = false;
        try
        {
            var result = shop.Shell.Run(
                "Set-KvOrder -Id $kvIds[0] -Description 'x'; $kvIds | Remove-KvOrder -Confirm:$false",
                new Dictionary<string, object?> { ["kvIds"] = orders.Select(o => o.Id).ToArray() });

            Assert.Null(result.Terminating);
            Assert.Equal(3, result.Errors.Count);
            Assert.All(result.Errors, e => Assert.Contains("Thiết lập “Cho phép đặt hàng” đang không được bật", e.ErrorDetails.Message));
            Assert.Equal(new object[] { orders[0].Id, orders[0].Id, orders[1].Id }, result.Errors.Select(e => e.TargetObject)); // the bare id, as given
            Assert.All(orders, o => Assert.Equal("Phiếu tạm", shop.Controls.Orders.Single(s => s.Id == o.Id).StatusValue));
        }
        finally
        {
            shop.Controls.AllowOrders = true;
        }
    }

    [Theory]
    [InlineData("PUT", "Set-KvOrder -Id {0} -Description 'Đã gọi khách' -PassThru -Verbose")]
    [InlineData("DELETE", "Remove-KvOrder -Id {0} -Confirm:$false -PassThru -Verbose")]
    public void A_write_applied_whose_answer_was_lost_is_found_by_reading_the_order_and_not_sent_again(string method, string command)
    {
        var order = DraftOrders(1).Single();
        shop.Controls.InjectFault(SandboxFault.DropAfterCommit(method, "/orders"));

        var result = shop.Shell.Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, command, order.Id)).ShouldSucceed();

        Assert.Equal(order.Id, (long)Assert.Single(result.Output).Properties["Id"].Value);
        Assert.Equal(1, shop.Controls.RequestCount(method, "/orders"));
        Assert.Contains(result.Verbose, v => v.Contains("only its answer was lost"));
    }

    private List<SandboxOrder> DraftOrders(int count) => shop.Controls.Orders.Where(o => o.StatusValue == "Phiếu tạm").Take(count).ToList();
}
