using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// Every link as columns: the few a traversal reads (kind, detail, endpoints, validity, share) as
/// plain arrays, and the properties only some links have, with the sources, beside them.
/// </summary>
internal sealed class LinkTable
{
    public required byte[] Kind { get; init; }

    public required byte[] Detail { get; init; }

    public required int[] From { get; init; }

    public required int[] To { get; init; }

    public required int[] Start { get; init; }

    public required int[] End { get; init; }

    /// <summary>The stated share, 0 where none was stated (<see cref="ShareStated"/> tells which).</summary>
    public required double[] Share { get; init; }

    public required Bits ShareStated { get; init; }

    public required SparseColumn<decimal> Amount { get; init; }

    public required SparseColumn<decimal> MonthlySalary { get; init; }

    public required SparseColumn<bool> Nominal { get; init; }

    public required SparseColumn<string> Title { get; init; }

    public required SparseColumn<string> Note { get; init; }

    /// <summary>A detail's text where it is not its code's wire name (or names no code).</summary>
    public required SparseColumn<string> DetailText { get; init; }

    public required LinkSources Sources { get; init; }

    /// <summary>Each link's row id in the store (the least, for a link several rows state), ascending; null when the links
    /// came from no store (or an id did not fit), and then the snapshot cannot be patched.</summary>
    public int[]? StoreId { get; init; }

    public int Count => Kind.Length;

    public string? DetailOf(int link) =>
        DetailText.TryGet(link, out var text) ? text : LinkDetails.Name((LinkKind)Kind[link], Detail[link]);

    /// <summary>Bytes held by the link columns: the traversal arrays, then the properties and sources.</summary>
    public (long Traversal, long Properties) Bytes()
    {
        var m = (long)Count;
        var traversal = m * (sizeof(byte) + sizeof(byte) + (4 * sizeof(int)) + sizeof(double));
        var properties = ShareStated.Bytes + Amount.Bytes(16) + MonthlySalary.Bytes(16) + Nominal.Bytes(1) + Title.Bytes(8) + Note.Bytes(8)
            + DetailText.Bytes(8) + Sources.Bytes + ((long)(StoreId?.Length ?? 0) * sizeof(int));
        return (traversal, properties);
    }
}
