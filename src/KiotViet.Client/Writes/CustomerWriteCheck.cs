using System;
using System.Collections.Generic;
using System.Linq;
using KiotViet.Matching;

namespace KiotViet.Writes;

/// <summary>Whether a customer record shows a create or an update of a draft: what reconciling customer writes compares.</summary>
internal static class CustomerWriteCheck
{
    /// <summary>True when the record carries every identifying field the create set (code, name, phone numbers, e-mail).</summary>
    public static bool IsCreatedFrom(CustomerDraft draft, Customer record) =>
        SameText(draft.Code, record.Code) && SameText(draft.Name, record.Name) && SamePhone(draft.ContactNumber, record.ContactNumber)
        && SamePhone(draft.SubNumber, record.SubNumber) && SameText(draft.Email, record.Email);

    /// <summary>
    /// True when the record shows every field the update set. An update that set a field the record cannot show
    /// (groups, branch) never counts as shown: sending an update again is harmless, a false "done" is not.
    /// </summary>
    public static bool ShowsUpdate(CustomerDraft changes, Customer record)
    {
        if (changes.GroupIds is not null || changes.BranchId is not null)
        {
            return false;
        }

        return SameText(changes.Code, record.Code) && SameText(changes.Name, record.Name)
            && (changes.Gender is null || changes.Gender == record.Gender)
            && (changes.BirthDate is null || changes.BirthDate.Value.ToOffset(VietnamTime.Offset).Date == record.BirthDate?.Date)
            && SamePhone(changes.ContactNumber, record.ContactNumber) && SamePhone(changes.SubNumber, record.SubNumber)
            && SameText(changes.IdentificationNumber, record.IdentificationNumber) && SameText(changes.Address, record.Address)
            && SameText(changes.LocationName, record.LocationName) && SameText(changes.WardName, record.WardName)
            && SameText(changes.Email, record.Email) && SameText(changes.Organization, record.Organization)
            && SameText(changes.Comments, record.Comments) && SameText(changes.TaxCode, record.TaxCode);
    }

    /// <summary>The record the lookup found for a create, among candidates: the oldest that fits, or none.</summary>
    public static Customer? CreatedRecord(CustomerDraft draft, IEnumerable<Customer> candidates, WriteContext context) =>
        candidates
            .Where(c => context.CouldBeCreatedByThisWrite(c.Id, c.CreatedDate) && IsCreatedFrom(draft, c))
            .OrderBy(c => c.CreatedDate).ThenBy(c => c.Id)
            .FirstOrDefault();

    // A field the write did not set (null) matches anything.
    private static bool SameText(string? written, string? stored) =>
        written is null || string.Equals(written.Trim(), stored?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool SamePhone(string? written, string? stored) =>
        written is null || PhoneNumber.Normalize(written) == PhoneNumber.Normalize(stored);
}
