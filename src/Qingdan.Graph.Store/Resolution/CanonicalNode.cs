using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Text;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>
/// What an entity shows, made from its records: each attribute from the best record that states it —
/// a record with a valid identifier first, then the most recent batch, then natural-key order.
/// </summary>
internal static class CanonicalNode
{
    /// <summary>The values of <see cref="Ingest.Writing.StoreTables.Nodes"/> for one entity.</summary>
    public static object?[] Build(long entityId, IReadOnlyList<StoredRecord> records)
    {
        // Most entities have one record: nothing to order.
        var ordered = records.Count == 1
            ? records
            : records
                .OrderByDescending(r => r.IdentifierStatus == IdentifierStatus.Valid)
                .ThenByDescending(r => r.BatchId)
                .ThenBy(r => r.NaturalKey, StringComparer.Ordinal)
                .ToList();
        var best = ordered[0];
        var kind = best.Kind;

        // Loops rather than LINQ: this runs once an entity, 150,000 times in a first load of that many records.
        T? First<T>(Func<StoredRecord, T?> pick)
            where T : class
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                if (pick(ordered[i]) is { } value)
                {
                    return value;
                }
            }

            return null;
        }

        T? FirstValue<T>(Func<StoredRecord, T?> pick)
            where T : struct
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                if (pick(ordered[i]) is { } value)
                {
                    return value;
                }
            }

            return null;
        }

        StoredRecord? identifier = null;
        for (var i = 0; i < ordered.Count && identifier is null; i++)
        {
            identifier = ordered[i].Identifier is null ? null : ordered[i];
        }

        var name = best.Name;
        object?[] row = new object?[25];
        row[0] = entityId;
        row[1] = (short)kind;
        row[2] = name;
        row[3] = NameNormalizer.Normalize(name);
        switch (kind)
        {
            case NodeKind.Person:
                // The number is read only when a record leaves out what it tells.
                var birth = FirstValue(r => r.BirthDate);
                var gender = FirstValue(r => r.Gender);
                var number = identifier is null || (birth is not null && gender is not null) ? null : IdentityNumber.Parse(identifier.Identifier);
                row[4] = identifier?.Identifier;
                row[5] = identifier?.IdentifierStatus?.ToString();
                row[6] = birth ?? (number?.IsValid == true ? number.BirthDate : null);
                row[7] = (gender ?? (number?.IsValid == true ? number.Sex : null))?.ToString();
                row[8] = First(r => r.Phone);
                row[9] = First(r => r.Address);
                break;
            case NodeKind.Company:
            case NodeKind.Agency:
                var region = First(r => r.RegionCode);
                var code = identifier is null || region is not null ? null : CreditCode.Parse(identifier.Identifier);
                row[10] = identifier?.Identifier;
                row[11] = identifier?.IdentifierStatus?.ToString();
                row[13] = region ?? (code?.IsValid == true ? code.RegionCode : null);
                if (kind == NodeKind.Company)
                {
                    // Any registry that says the shares trade on an exchange is believed: NL5 must not flag listed holdings.
                    var listed = false;
                    foreach (var record in ordered)
                    {
                        listed |= record.Listed == true;
                    }

                    row[12] = listed;
                    row[14] = First(r => r.Industry);
                    row[15] = First(r => r.Status);
                    row[16] = FirstValue(r => r.Founded);
                    row[8] = First(r => r.Phone);
                    row[9] = First(r => r.Address);
                }
                else
                {
                    row[17] = First(r => r.Sectors);
                }

                break;
            case NodeKind.Decision:
                row[18] = best.DecisionKind;
                row[19] = best.Amount;
                row[20] = best.Currency;
                row[21] = best.AppliedDate;
                row[22] = best.DecidedDate;
                row[23] = best.Method;
                row[24] = best.Bidders;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(records), kind, "Unknown node kind.");
        }

        return row;
    }
}
