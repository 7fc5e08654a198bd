using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Resolution;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>
/// The groups <see cref="EntityResolver"/>'s rules look at, as keys: exactly its filters, so that the
/// scope's closure follows the same edges the resolver can act along.
/// </summary>
/// <remarks>
/// Rule 1 groups by kind and valid identifier (<c>MergeByValidIdentifier</c>); rules 2 and 3 and every
/// candidate work inside a name group, kind and normalised name (<c>NameGroups</c>). A masked identifier
/// is compared only with the valid ones of its own name group, so it is no key of its own. Decisions
/// (awards, licences) are in no group. A match decision ties its two records whatever they are.
/// </remarks>
internal static class ScopeKeys
{
    /// <summary>How <c>source_records.identifier_status</c> writes a valid identifier.</summary>
    public const string ValidStatus = "Valid";

    public static bool HasNameKey(ResolutionRecord record) =>
        record.Kind != NodeKind.Decision && record.NormalizedName.Length > 0;

    public static bool HasIdentifierKey(ResolutionRecord record) =>
        record.Kind != NodeKind.Decision && record.HasValidIdentifier;
}
