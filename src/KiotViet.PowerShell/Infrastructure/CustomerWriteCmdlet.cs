using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using KiotViet.Matching;
using KiotViet.Resources;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The customer fields New-KvCustomer and Set-KvCustomer share. Every field binds by property name with the
/// column names shops use, an empty CSV cell counts as "not given", and values are checked before anything is sent.
/// </summary>
public abstract class CustomerWriteCmdlet : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    private protected override Type? RecordType => typeof(Customer);

    /// <summary>
    /// How many rows go to KiotViet in one request of its bulk endpoints (2 to 100); 1 sends every row on its own.
    /// Rows are sent together only from ten rows on; output and errors keep the input order.
    /// </summary>
    [Parameter]
    [ValidateRange(1, BatchWriteClient<Customer>.MaxRows)]
    public int BatchSize { get; set; } = BatchWriteClient<Customer>.MaxRows;

    /// <summary>The customer's name (tên khách hàng).</summary>
    public abstract string? Name { get; set; }

    private protected override object? RowLabel => (object?)Name ?? Code;

    private static readonly Regex EmailPattern = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);
    private static readonly Regex PhonePattern = new(@"^\+?[0-9][0-9 .\-()]*$", RegexOptions.CultureInvariant);

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerCode")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? Code { get; set; }

    /// <summary>Male or Female (also Nam/Nữ, M/F).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [GenderTransformation]
    public Gender? Gender { get; set; }

    /// <summary>yyyy-MM-dd or dd/MM/yyyy.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Birthday", "DateOfBirth", "DOB")]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime? BirthDate { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Phone", "PhoneNumber", "Mobile")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Phone)]
    public string? ContactNumber { get; set; }

    /// <summary>A second phone number.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Phone2")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Phone)]
    public string? SubNumber { get; set; }

    /// <summary>Citizen id (CCCD/CMND).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("CCCD", "IdNumber")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? IdentificationNumber { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Line)]
    public string? Address { get; set; }

    /// <summary>Area as KiotViet names it: "Tỉnh/TP - Quận/Huyện", e.g. "Hồ Chí Minh - Quận 1".</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Location", "Area")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Line)]
    public string? LocationName { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Ward")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Line)]
    public string? WardName { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("EmailAddress")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Email)]
    public string? Email { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Company")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? Organization { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Comment", "Note", "Notes")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Note, AllowLineBreaks = true)]
    public string? Comments { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("TaxId")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? TaxCode { get; set; }

    /// <summary>Customer group ids; one CSV cell may hold several ("12;15").</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("GroupIds")]
    [IdListTransformation]
    [ValidatePositiveId]
    [ArgumentCompleter(typeof(CustomerGroupCompleter))]
    public long[]? GroupId { get; set; }

    /// <summary>
    /// Customer group names (or ids), as Get-KvCustomer exports them in its Groups column: one cell may hold several
    /// ("Khách VIP, Khách sỉ"). Added to <see cref="GroupId"/>; a name the shop does not have refuses the row.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Groups", "GroupName")]
    [ValidateShopText(TextLimits.Line)]
    public string[]? Group { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePositiveId]
    [ArgumentCompleter(typeof(BranchCompleter))]
    [IdTransformation]
    public long? BranchId { get; set; }

    private IReadOnlyList<CustomerGroup>? shopGroups;

    /// <summary>
    /// The fields given for this record. When a KiotViet customer comes down the pipeline, its own properties
    /// also bind by name; only the fields named on the command line count then, so an update changes exactly those.
    /// </summary>
    protected CustomerDraft BuildDraft(out string? problems)
    {
        var draft = new CustomerDraft
        {
            Code = Given(nameof(Code)) ? Code?.Trim() : null,
            Name = Given(nameof(Name)) ? Name?.Trim() : null,
            Gender = Given(nameof(Gender)) ? Gender : null,
            BirthDate = Given(nameof(BirthDate)) && BirthDate is { } birth ? VietnamTime.FromCaller(DateTime.SpecifyKind(birth.Date, DateTimeKind.Unspecified)) : null,
            ContactNumber = Given(nameof(ContactNumber)) ? WithLostZeroRestored(nameof(ContactNumber), ContactNumber) : null,
            SubNumber = Given(nameof(SubNumber)) ? WithLostZeroRestored(nameof(SubNumber), SubNumber) : null,
            IdentificationNumber = Given(nameof(IdentificationNumber)) ? IdentificationNumber?.Trim() : null,
            Address = Given(nameof(Address)) ? Address : null,
            LocationName = Given(nameof(LocationName)) ? LocationName : null,
            WardName = Given(nameof(WardName)) ? WardName : null,
            Email = Given(nameof(Email)) ? Email?.Trim() : null,
            Organization = Given(nameof(Organization)) ? Organization : null,
            Comments = Given(nameof(Comments)) ? Comments : null,
            TaxCode = Given(nameof(TaxCode)) ? TaxCode?.Trim() : null,
            BranchId = Given(nameof(BranchId)) ? BranchId : null,
        };
        var groupIds = Given(nameof(GroupId)) && GroupId is { Length: > 0 } ? GroupId.ToList() : new List<long>();
        string? groupProblem = null;
        if (Given(nameof(Group)) && Group is { } names && names.Any(n => !string.IsNullOrWhiteSpace(n))
            && CustomerGroupNames.Resolve(names, ShopGroups(), out groupProblem) is { } named)
        {
            groupIds.AddRange(named);
        }

        draft.GroupIds = groupIds.Count > 0 ? groupIds.Distinct().ToList() : null;
        problems = Problems(draft, groupProblem);
        return draft;
    }

    /// <summary>
    /// The phone as given, or with the leading zero back when a spreadsheet dropped it (356011840 is 0356011840): a
    /// warning names the row, so the restore is never silent.
    /// </summary>
    private string? WithLostZeroRestored(string field, string? phone)
    {
        if (PhoneNumber.WithLostZeroRestored(phone) is not { } restored)
        {
            return phone?.Trim();
        }

        WriteWarning($"Row {RowNames.Of(ErrorTarget)}: {field} '{phone!.Trim()}' lost its leading zero (the spreadsheet read it as a number); it is saved as {restored}.");
        return restored;
    }

    /// <summary>The shop's customer groups, read once per run when a row names one.</summary>
    private protected IReadOnlyList<CustomerGroup> ShopGroups() =>
        ReadOncePerRun(ref shopGroups, () => Shop.Customers.ListGroups(new PageRequest(), CancellationToken).ToList(), "customer groups");

    /// <summary>Null when the draft can be sent, else what is wrong with it.</summary>
    private static string? Problems(CustomerDraft draft, string? groupProblem)
    {
        var problems = new List<string>();
        if (groupProblem is not null)
        {
            problems.Add(groupProblem);
        }

        if (draft.Email is { } email && !EmailPattern.IsMatch(email))
        {
            problems.Add($"'{email}' is not an e-mail address");
        }

        foreach (var (field, phone) in new[] { ("ContactNumber", draft.ContactNumber), ("SubNumber", draft.SubNumber) })
        {
            var digits = phone?.Count(char.IsDigit) ?? 0;
            if (phone is not null && (!PhonePattern.IsMatch(phone) || digits < 8 || digits > 15))
            {
                problems.Add($"{field} '{phone}' is not a phone number (8 to 15 digits; spaces, dots, dashes and a leading + are allowed)");
            }
        }

        if (draft.BirthDate is { } birthDate && (birthDate > DateTimeOffset.Now || birthDate.Year < 1900))
        {
            problems.Add($"BirthDate {birthDate:yyyy-MM-dd} is not a plausible birth date");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems) + ".";
    }
}
