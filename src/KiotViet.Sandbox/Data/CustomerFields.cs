using System.Text.Json.Nodes;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Data;

/// <summary>Copies the writable customer fields from a request body; absent fields are kept or cleared as asked.</summary>
internal static class CustomerFields
{
    public static void Apply(Customer customer, JsonObject body, bool clearAbsent)
    {
        Set(body, "name", clearAbsent, v => customer.Name = BodyFields.String(body, v) ?? string.Empty);
        Set(body, "gender", clearAbsent, v => customer.Gender = BodyFields.Bool(body, v));
        Set(body, "birthDate", clearAbsent, v => customer.BirthDate = BodyFields.Date(body, v));
        Set(body, "contactNumber", clearAbsent, v => customer.ContactNumber = BodyFields.String(body, v));
        Set(body, "subNumber", clearAbsent, v => customer.SubNumber = BodyFields.String(body, v));
        Set(body, "identificationNumber", clearAbsent, v => customer.IdentificationNumber = BodyFields.String(body, v));
        Set(body, "address", clearAbsent, v => customer.Address = BodyFields.String(body, v));
        Set(body, "locationName", clearAbsent, v => customer.LocationName = BodyFields.String(body, v));
        Set(body, "wardName", clearAbsent, v => customer.WardName = BodyFields.String(body, v));
        Set(body, "email", clearAbsent, v => customer.Email = BodyFields.String(body, v));
        Set(body, "organization", clearAbsent, v => customer.Organization = BodyFields.String(body, v));
        Set(body, "comments", clearAbsent, v => customer.Comments = BodyFields.String(body, v));
        Set(body, "taxCode", clearAbsent, v => customer.TaxCode = BodyFields.String(body, v));
        Set(body, "type", clearAbsent, v => customer.Type = (int)(BodyFields.Long(body, v) ?? 0));
        Set(body, "branchId", clearAbsent, v => customer.BranchId = BodyFields.Long(body, v) ?? BodyFields.Longs(body, v).Cast<long?>().FirstOrDefault());
        Set(body, "groupIds", clearAbsent, v => customer.GroupIds = BodyFields.Longs(body, v));
    }

    private static void Set(JsonObject body, string name, bool clearAbsent, Action<string> assign)
    {
        if (BodyFields.Has(body, name) || clearAbsent)
        {
            assign(name);
        }
    }
}
