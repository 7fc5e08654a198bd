using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>A source record as the review of a near match shows it: the record, and how many links its registry rows give it.</summary>
public sealed record ResolutionRecordView(SourceRecord Record, int Links)
{
    /// <summary>The fields a reviewer compares, by their GraphQL names, as text (null when the record states none).</summary>
    public IReadOnlyList<(string Field, string? Value)> Fields() =>
    [
        ("name", Record.Name),
        ("identifier", Record.Identifier),
        ("identifierStatus", Record.IdentifierStatus is { } status ? Wire.Name(status) : null),
        ("birthDate", Record.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("birthMonth", Record.BirthMonth),
        ("gender", Record.Gender is { } gender ? Wire.Name(gender) : null),
        ("phone", Record.Phone),
        ("address", Record.Address),
        ("listed", Record.Listed?.ToString()),
        ("regionCode", Record.RegionCode),
        ("industry", Record.Industry),
        ("status", Record.Status),
        ("founded", Record.Founded?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("sectors", Record.Sectors),
    ];
}
