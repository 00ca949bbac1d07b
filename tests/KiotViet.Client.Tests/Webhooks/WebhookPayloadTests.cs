using KiotViet.Webhooks;
using Xunit;

namespace KiotViet.Client.Tests.Webhooks;

public class WebhookPayloadTests
{
    private const string CustomerUpdate = """
        {"Id":"8f14e45f-ceea-467f-a0e6-1d4c2a9b7c01","Attempt":2,"Notifications":[{"Action":"customer.update.500400541","Data":[
          {"__type":"KiotViet.OmniChannelCore.Api.Shared.Model.WebhookCustomerUpdateRes, KiotViet.OmniChannelCore.Api.Shared",
           "Id":1042,"Code":"KH001042","Name":"Trần Thị Bích","ContactNumber":"0912345678","RetailerId":500400541,
           "Debt":125000.5,"isActive":true,"BirthDate":null,"ModifiedDate":"2026-11-20T09:15:00.0000000+07:00",
           "Groups":[{"GroupId":3,"Name":"VIP"}],"SomethingNew":{"Nested":[1,2]}}]}]}
        """;

    [Fact]
    public void Reads_an_update_into_type_entity_action_retailer_delivery_and_rows()
    {
        var notification = Assert.Single(WebhookPayload.Parse(CustomerUpdate));

        Assert.Equal("customer.update", notification.EventType);
        Assert.Equal("customer", notification.Entity);
        Assert.Equal("update", notification.Action);
        Assert.Equal("customer.update.500400541", notification.RawAction);
        Assert.Equal(500400541L, notification.RetailerId);
        Assert.Equal("8f14e45f-ceea-467f-a0e6-1d4c2a9b7c01", notification.DeliveryId);
        Assert.Equal(2, notification.Attempt);
        Assert.True(notification.IsKnownType);
        Assert.Empty(notification.RemovedIds);

        var row = Assert.Single(notification.Rows);
        Assert.Equal(1042L, row["Id"]);
        Assert.Equal("Trần Thị Bích", row["Name"]);
        Assert.Equal("0912345678", row["contactnumber"]);
        Assert.Equal(125000.5m, row["Debt"]);
        Assert.Equal(true, row["IsActive"]);
        Assert.Null(row["BirthDate"]);
    }

    [Fact]
    public void Keeps_unknown_and_nested_fields_as_plain_values()
    {
        var row = Assert.Single(Assert.Single(WebhookPayload.Parse(CustomerUpdate)).Rows);

        var groups = Assert.IsAssignableFrom<IReadOnlyList<object?>>(row["Groups"]);
        var vip = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(groups));
        Assert.Equal("VIP", vip["Name"]);
        var extra = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row["SomethingNew"]);
        Assert.Equal(new object?[] { 1L, 2L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(extra["Nested"]));
    }

    [Fact]
    public void Drops_the_type_hint_from_rows_and_reports_its_short_name()
    {
        var notification = Assert.Single(WebhookPayload.Parse(CustomerUpdate));

        Assert.Equal("WebhookCustomerUpdateRes", notification.DataType);
        Assert.False(notification.Rows[0].ContainsKey("__type"));
    }

    [Fact]
    public void Reads_member_names_in_any_case()
    {
        const string camel = """{"id":"abc","attempt":"3","notifications":[{"action":"stock.update.925719","data":[{"productId":7,"onHand":12.5}]}]}""";

        var notification = Assert.Single(WebhookPayload.Parse(camel));

        Assert.Equal("stock.update", notification.EventType);
        Assert.Equal(925719L, notification.RetailerId);
        Assert.Equal("abc", notification.DeliveryId);
        Assert.Equal(3, notification.Attempt);
        Assert.Equal(7L, notification.Rows[0]["ProductId"]);
    }

    [Fact]
    public void Reads_a_delete_whose_data_is_a_list_of_ids()
    {
        const string body = """{"Id":"d1","Attempt":1,"Notifications":[{"Action":"product.delete.500400541","Data":[101,"102",103]}]}""";

        var notification = Assert.Single(WebhookPayload.Parse(body));

        Assert.Equal("product.delete", notification.EventType);
        Assert.Equal("delete", notification.Action);
        Assert.Equal(new long[] { 101, 102, 103 }, notification.RemovedIds);
        Assert.Empty(notification.Rows);
    }

    [Theory]
    [InlineData("""{"RemoveId":[55,56]}""")]
    [InlineData("""[{"RemoveId":[55,56]}]""")]
    [InlineData("""[{"__type":"X.WebhookRemoveRes, X","RemoveIds":[55,56]}]""")]
    public void Reads_a_delete_whose_data_is_a_remove_id_object(string data)
    {
        var body = $$"""{"Id":"d2","Attempt":1,"Notifications":[{"Action":"customer.delete.500400541","Data":{{data}}}]}""";

        var notification = Assert.Single(WebhookPayload.Parse(body));

        Assert.Equal("customer.delete", notification.EventType);
        Assert.Equal(new long[] { 55, 56 }, notification.RemovedIds);
        Assert.Empty(notification.Rows);
    }

    [Fact]
    public void Reads_a_bare_remove_id_on_the_notification()
    {
        const string body = """{"Id":"d3","Attempt":1,"Notifications":[{"Action":"branch.delete.9","RemoveId":[4]}]}""";

        Assert.Equal(new long[] { 4 }, Assert.Single(WebhookPayload.Parse(body)).RemovedIds);
    }

    [Fact]
    public void Keeps_pricebookdetail_delete_rows_as_rows()
    {
        const string body = """{"Id":"d4","Attempt":1,"Notifications":[{"Action":"pricebookdetail.delete.9","Data":[{"PricebookId":3,"ProductIds":[8,9]}]}]}""";

        var notification = Assert.Single(WebhookPayload.Parse(body));

        Assert.Empty(notification.RemovedIds);
        Assert.Equal(3L, Assert.Single(notification.Rows)["PricebookId"]);
    }

    [Fact]
    public void Reads_every_notification_of_a_delivery_with_the_same_delivery_id()
    {
        const string body = """
            {"Id":"multi","Attempt":1,"Notifications":[
              {"Action":"invoice.update.77","Data":[{"Id":1,"Code":"HD000001"},{"Id":2,"Code":"HD000002"}]},
              {"Action":"category.delete.77","Data":[12]}]}
            """;

        var notifications = WebhookPayload.Parse(body);

        Assert.Equal(new[] { "invoice.update", "category.delete" }, notifications.Select(n => n.EventType));
        Assert.Equal(2, notifications[0].Rows.Count);
        Assert.Equal(new long[] { 12 }, notifications[1].RemovedIds);
        Assert.All(notifications, n => Assert.Equal("multi", n.DeliveryId));
    }

    [Fact]
    public void Takes_the_retailer_id_from_the_rows_when_the_action_has_no_suffix()
    {
        const string body = """{"Id":"x","Attempt":1,"Notifications":[{"Action":"customer.update","Data":[{"Id":1,"RetailerId":321}]}]}""";

        Assert.Equal(321L, Assert.Single(WebhookPayload.Parse(body)).RetailerId);
    }

    [Fact]
    public void Marks_types_kiotviet_does_not_document()
    {
        const string body = """{"Id":"x","Attempt":1,"Notifications":[{"Action":"customer.created.1","Data":[]}]}""";

        Assert.False(Assert.Single(WebhookPayload.Parse(body)).IsKnownType);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"Id":"x","Attempt":1}""")]
    [InlineData("""{"Id":"x","Notifications":[{"Data":[]}]}""")]
    public void Refuses_a_body_that_is_not_a_delivery(string body)
    {
        Assert.Throws<FormatException>(() => WebhookPayload.Parse(body));
    }

    [Fact]
    public void Knows_exactly_the_fifteen_documented_event_types()
    {
        Assert.Equal(15, WebhookEventTypes.All.Count);
        Assert.Equal(15, WebhookEventTypes.All.Distinct().Count());
        Assert.DoesNotContain(WebhookEventTypes.All, t => t.EndsWith(".create", StringComparison.Ordinal) || t.EndsWith("d", StringComparison.Ordinal));
        Assert.Equal("customer.update", WebhookEventTypes.Canonical("Customer.Update"));
        Assert.Null(WebhookEventTypes.Canonical("customer.updated"));
    }
}
