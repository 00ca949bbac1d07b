using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>The documented GET /customers filters and sort fields. Without filters the stored list is used as is (no copy).</summary>
internal static class CustomerQuery
{
    public static IReadOnlyList<Customer> Filter(IReadOnlyList<Customer> all, QueryReader query)
    {
        var code = query.String("code");
        var name = query.String("name");
        var phone = query.String("contactNumber");
        var groupId = query.Long("groupId");
        var modifiedFrom = query.Date("lastModifiedFrom");
        var birthDate = query.Date("birthDate");
        if (code is null && name is null && phone is null && groupId is null && modifiedFrom is null && birthDate is null)
        {
            return all;
        }

        return all.Where(c =>
            (code is null || c.Code.Contains(code, StringComparison.OrdinalIgnoreCase))
            && (name is null || c.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            && (phone is null || (c.ContactNumber?.Contains(phone, StringComparison.Ordinal) ?? false))
            && (groupId is null || c.GroupIds.Contains(groupId.Value))
            && (modifiedFrom is null || c.LastChanged >= modifiedFrom)
            && (birthDate is null || c.BirthDate?.Date == birthDate.Value.Date)).ToList();
    }

    public static Func<Customer, IComparable?>? SortKey(string field) => field switch
    {
        "id" => c => c.Id,
        "code" => c => c.Code,
        "name" => c => c.Name,
        "contactnumber" => c => c.ContactNumber,
        "createddate" => c => c.CreatedDate,
        "modifieddate" => c => c.LastChanged,
        "debt" => c => c.Debt,
        "totalrevenue" => c => c.TotalRevenue,
        _ => null,
    };
}
