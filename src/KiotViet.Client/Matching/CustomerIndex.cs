using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Matching;

/// <summary>
/// Finds an existing customer the way CRM integrations match leads: by e-mail first (case-insensitive), then by
/// phone number (normalized); among several matches the earliest created wins.
/// </summary>
public sealed class CustomerIndex
{
    private readonly Dictionary<string, List<Customer>> byEmail = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Customer>> byPhone = new(StringComparer.Ordinal);

    private readonly object gate = new();

    public int Count { get; private set; }

    /// <summary>Adds a customer (also one just created, so a later row of the same import matches it).</summary>
    public void Add(Customer customer)
    {
        lock (gate)
        {
            AddUnlocked(customer);
        }
    }

    /// <summary>The best match, or null.</summary>
    public Customer? Find(string? email, string? contactNumber)
    {
        lock (gate)
        {
            return FindUnlocked(email, contactNumber);
        }
    }

    private void AddUnlocked(Customer customer)
    {
        Count++;
        if (!string.IsNullOrWhiteSpace(customer.Email))
        {
            Bucket(byEmail, customer.Email!.Trim()).Add(customer);
        }

        foreach (var phone in new[] { customer.ContactNumber, customer.SubNumber })
        {
            if (PhoneNumber.Normalize(phone) is { } normalized)
            {
                Bucket(byPhone, normalized).Add(customer);
            }
        }
    }

    private Customer? FindUnlocked(string? email, string? contactNumber)
    {
        if (!string.IsNullOrWhiteSpace(email) && byEmail.TryGetValue(email!.Trim(), out var emailMatches))
        {
            return Earliest(emailMatches);
        }

        return PhoneNumber.Normalize(contactNumber) is { } phone && byPhone.TryGetValue(phone, out var phoneMatches)
            ? Earliest(phoneMatches)
            : null;
    }

    /// <summary>Earliest created first; ids break ties (they grow with time).</summary>
    public static Customer Earliest(IEnumerable<Customer> matches) =>
        matches.OrderBy(c => c.CreatedDate ?? DateTimeOffset.MaxValue).ThenBy(c => c.Id).First();

    private static List<Customer> Bucket(Dictionary<string, List<Customer>> index, string key)
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = new List<Customer>();
            index[key] = bucket;
        }

        return bucket;
    }
}
