using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Core.Model;

/// <summary>A canonical company.</summary>
public sealed record Company
{
    public required EntityId Id { get; init; }

    public required string Name { get; init; }

    public CreditCode? CreditCode { get; init; }

    /// <summary>Shares traded on an exchange; NL5 <c>shares</c> leaves listed companies alone.</summary>
    public bool Listed { get; init; }

    /// <summary>Six-digit GB/T 2260 code; when the registry gives none, characters 3–8 of a valid credit code.</summary>
    public string? RegionCode { get; init; }

    /// <summary>GB/T 4754 section letter, optionally with the two-digit division (<c>E48</c>).</summary>
    public string? Industry { get; init; }

    public string? Status { get; init; }

    public DateOnly? Founded { get; init; }

    public string? Address { get; init; }

    public string? Phone { get; init; }

    /// <summary>A company in industry section J (finance): its loans are not NL3 borrowing.</summary>
    public bool IsFinancialInstitution => Industry is { Length: > 0 } industry && char.ToUpperInvariant(industry[0]) == 'J';
}
