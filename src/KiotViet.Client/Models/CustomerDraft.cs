using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KiotViet.Json;

namespace KiotViet;

/// <summary>
/// The fields of a customer create or update. Only the fields that are set are sent, so an update changes
/// exactly what the caller gave.
/// </summary>
public sealed class CustomerDraft
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    [JsonConverter(typeof(GenderConverter))]
    public Gender? Gender { get; set; }

    public DateTimeOffset? BirthDate { get; set; }

    public string? ContactNumber { get; set; }

    public string? SubNumber { get; set; }

    // The documentation spells this one in PascalCase.
    [JsonPropertyName("IdentificationNumber")]
    public string? IdentificationNumber { get; set; }

    public string? Address { get; set; }

    public string? LocationName { get; set; }

    public string? WardName { get; set; }

    public string? Email { get; set; }

    public string? Organization { get; set; }

    public string? Comments { get; set; }

    public string? TaxCode { get; set; }

    public List<long>? GroupIds { get; set; }

    public long? BranchId { get; set; }

    /// <summary>True when no field is set.</summary>
    [JsonIgnore]
    public bool IsEmpty =>
        Code is null && Name is null && Gender is null && BirthDate is null && ContactNumber is null && SubNumber is null
        && IdentificationNumber is null && Address is null && LocationName is null && WardName is null && Email is null
        && Organization is null && Comments is null && TaxCode is null && GroupIds is null && BranchId is null;
}
