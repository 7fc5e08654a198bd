using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>
/// The groups restated records are leaving: the name and valid identifier a record had before its
/// registry restated it with another. Scoped resolution starts from them as well as from the new ones,
/// because the records left behind in an old group may resolve differently without it (a namesake
/// gone can let rule 3 merge the others; a holder of a valid number gone can free a masked one).
/// </summary>
/// <remarks>
/// The ingest overwrites restated records before resolution runs, so the old keys are read here, from
/// the staged rows and the stored ones, just before each overwrite. Only records whose keys change are
/// kept: an unchanged key is the record's new key too, which the scope starts from anyway.
/// </remarks>
internal sealed class RestatedKeys
{
    private readonly HashSet<(NodeKind Kind, string Name)> _names = [];
    private readonly HashSet<(NodeKind Kind, string Identifier)> _identifiers = [];

    /// <summary>Old name groups: kind and normalised name.</summary>
    public IReadOnlySet<(NodeKind Kind, string Name)> Names => _names;

    /// <summary>Old identifier groups: kind and valid identifier.</summary>
    public IReadOnlySet<(NodeKind Kind, string Identifier)> Identifiers => _identifiers;

    /// <summary>
    /// Reads the current keys of the records staged in <paramref name="staging"/> (a copy of
    /// <c>source_records</c>' columns) whose name, identifier or identifier status the staged row changes.
    /// </summary>
    public async Task RememberAsync(BulkWriter db, string staging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var command = db.Command(
            $"""
            SELECT r.kind, r.normalized_name, r.identifier, r.identifier_status
            FROM source_records r JOIN {staging} t ON t.id = r.id
            WHERE COALESCE(r.normalized_name, '') <> COALESCE(t.normalized_name, '')
               OR COALESCE(r.identifier, '') <> COALESCE(t.identifier, '')
               OR COALESCE(r.identifier_status, '') <> COALESCE(t.identifier_status, '')
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = (NodeKind)reader.Int(0)!.Value;
            if (kind == NodeKind.Decision)
            {
                continue;
            }

            if (reader.Text(1) is { Length: > 0 } name)
            {
                _names.Add((kind, name));
            }

            if (reader.Text(2) is { } identifier && reader.Text(3) == ScopeKeys.ValidStatus)
            {
                _identifiers.Add((kind, identifier));
            }
        }
    }
}
