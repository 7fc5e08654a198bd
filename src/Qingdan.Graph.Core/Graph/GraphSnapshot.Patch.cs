using Qingdan.Graph.Core.Graph.Columns;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// A new version made from this one by reloading what changed: the touched entities' nodes and every
/// link at them are replaced by their state in the store, the rest is copied column by column. The result
/// is the snapshot a fresh load of the new version would build, node for node and link for link (nodes
/// in id order, links in store-id order, sources included), at the cost of copying arrays instead of
/// reading the store.
/// </summary>
public sealed partial class GraphSnapshot
{
    private bool? _canPatch;

    /// <summary>
    /// Whether <see cref="Patch"/> can make the next version from this one: the links carry their store ids
    /// and the nodes ascend by id, as a loader builds them.
    /// </summary>
    public bool CanPatch => _canPatch ??= _links.StoreId is not null && IdsAscend(_nodes);

    /// <summary>
    /// The snapshot of <paramref name="version"/>: every node and link here that involves a <paramref name="touched"/>
    /// entity is dropped, and <paramref name="nodes"/> (the touched entities the store still holds, ascending by id) and
    /// <paramref name="links"/> (every stored link at a touched entity, ascending by store id) take their place.
    /// </summary>
    internal GraphSnapshot Patch(long version, IReadOnlySet<long> touched, IReadOnlyList<object> nodes, IReadOnlyList<SnapshotLinkRow> links)
    {
        if (!CanPatch)
        {
            throw new InvalidOperationException("This snapshot cannot be patched: its links carry no store ids or its nodes do not ascend.");
        }

        var (table, oldNode) = PatchNodes(touched, nodes);
        var delta = new GraphSnapshotBuilder(table.Count, table.IndexOf, links.Count);
        foreach (var link in links)
        {
            if (link.StoreId < 0)
            {
                throw new ArgumentException("A patch's links must carry their store ids.", nameof(links));
            }

            delta.AddLink(link);
        }

        var reloaded = delta.BuildLinks();
        if (reloaded.StoreId is null && reloaded.Count > 0)
        {
            throw new ArgumentException("A patch's links must ascend by store id.", nameof(links));
        }

        return new GraphSnapshot(version, table, PatchLinks(oldNode, reloaded)) { Reports = Reports };
    }

    private static bool IdsAscend(NodeTable nodes)
    {
        for (var i = 1; i < nodes.Count; i++)
        {
            if (nodes.IdAt(i) <= nodes.IdAt(i - 1))
            {
                return false;
            }
        }

        return true;
    }

    // The kept nodes, copied as their columns lie, and the reloaded ones merged in by id; oldNode maps each old node to
    // its new index, or -1.
    private (NodeTable Table, int[] OldNode) PatchNodes(IReadOnlySet<long> touched, IReadOnlyList<object> nodes)
    {
        var count = _nodes.Count;
        var oldNode = new int[count];
        var kept = 0;
        for (var node = 0; node < count; node++)
        {
            oldNode[node] = touched.Contains(_nodes.IdAt(node)) ? -1 : kept++;
        }

        var table = new NodeTable(kept + nodes.Count);
        int i = 0, j = 0;
        var previous = long.MinValue;
        while (i < count || j < nodes.Count)
        {
            if (i < count && oldNode[i] < 0)
            {
                i++;
                continue;
            }

            var fresh = j < nodes.Count ? NodeRecords.IdOf(nodes[j]) : default;
            if (j == nodes.Count || (i < count && _nodes.IdAt(i) < fresh.Value))
            {
                previous = _nodes.IdAt(i);
                oldNode[i] = table.AppendFrom(_nodes, i);
                i++;
            }
            else
            {
                if (!touched.Contains(fresh.Value) || fresh.Value <= previous)
                {
                    throw new ArgumentException($"A patch's nodes must be touched entities, ascending by id ({fresh}).", nameof(nodes));
                }

                previous = fresh.Value;
                table.Append(nodes[j++]);
            }
        }

        return (table.Seal(), oldNode);
    }

    // The links at no touched node, their ends renumbered, merged by store id with the reloaded links.
    private LinkTable PatchLinks(int[] oldNode, LinkTable reloaded)
    {
        var oldIds = _links.StoreId!;
        var newIds = reloaded.StoreId ?? [];
        var keep = new int[_kind.Length];
        var kept = 0;
        for (var link = 0; link < keep.Length; link++)
        {
            // Every link at a touched node is dropped (the reloaded links replace them); no other is.
            keep[link] = oldNode[_from[link]] < 0 || oldNode[_to[link]] < 0 ? -1 : kept++;
        }

        var count = kept + reloaded.Count;
        var aLink = new int[keep.Length];
        var bLink = new int[reloaded.Count];
        int i = 0, j = 0, k = 0;
        while (i < keep.Length || j < bLink.Length)
        {
            if (i < keep.Length && keep[i] < 0)
            {
                aLink[i++] = -1;
                continue;
            }

            if (j == bLink.Length || (i < keep.Length && oldIds[i] < newIds[j]))
            {
                aLink[i++] = k++;
            }
            else if (i < keep.Length && oldIds[i] == newIds[j])
            {
                throw new ArgumentException($"Link row {newIds[j]} is reloaded but was not dropped: its ends are not touched.");
            }
            else
            {
                bLink[j++] = k++;
            }
        }

        return new LinkTable
        {
            Kind = Merge(_kind, aLink, reloaded.Kind, bLink, count),
            Detail = Merge(_detail, aLink, reloaded.Detail, bLink, count),
            From = Merge(_from, aLink, reloaded.From, bLink, count, oldNode),
            To = Merge(_to, aLink, reloaded.To, bLink, count, oldNode),
            Start = Merge(_start, aLink, reloaded.Start, bLink, count),
            End = Merge(_end, aLink, reloaded.End, bLink, count),
            Share = Merge(_share, aLink, reloaded.Share, bLink, count),
            ShareStated = MergeBits(_links.ShareStated, aLink, reloaded.ShareStated, bLink, count),
            Amount = SparseColumn<decimal>.Merge(_links.Amount, aLink, reloaded.Amount, bLink),
            MonthlySalary = SparseColumn<decimal>.Merge(_links.MonthlySalary, aLink, reloaded.MonthlySalary, bLink),
            Nominal = SparseColumn<bool>.Merge(_links.Nominal, aLink, reloaded.Nominal, bLink),
            Title = SparseColumn<string>.Merge(_links.Title, aLink, reloaded.Title, bLink),
            Note = SparseColumn<string>.Merge(_links.Note, aLink, reloaded.Note, bLink),
            DetailText = SparseColumn<string>.Merge(_links.DetailText, aLink, reloaded.DetailText, bLink),
            Sources = LinkSources.Merge(_links.Sources, aLink, reloaded.Sources, bLink, count),
            StoreId = Merge(oldIds, aLink, newIds, bLink, count),
        };
    }

    private static T[] Merge<T>(T[] a, int[] aLink, T[] b, int[] bLink, int count)
    {
        var merged = new T[count];
        for (var i = 0; i < aLink.Length; i++)
        {
            if (aLink[i] >= 0)
            {
                merged[aLink[i]] = a[i];
            }
        }

        for (var j = 0; j < bLink.Length; j++)
        {
            merged[bLink[j]] = b[j];
        }

        return merged;
    }

    // Endpoints: the kept links' ends renumbered to the patched nodes; the reloaded ones are numbered already.
    private static int[] Merge(int[] a, int[] aLink, int[] b, int[] bLink, int count, int[] oldNode)
    {
        var merged = new int[count];
        for (var i = 0; i < aLink.Length; i++)
        {
            if (aLink[i] >= 0)
            {
                merged[aLink[i]] = oldNode[a[i]];
            }
        }

        for (var j = 0; j < bLink.Length; j++)
        {
            merged[bLink[j]] = b[j];
        }

        return merged;
    }

    private static Bits MergeBits(Bits a, int[] aLink, Bits b, int[] bLink, int count)
    {
        var merged = new Bits(count);
        for (var i = 0; i < aLink.Length; i++)
        {
            if (aLink[i] >= 0 && a[i])
            {
                merged[aLink[i]] = true;
            }
        }

        for (var j = 0; j < bLink.Length; j++)
        {
            if (b[j])
            {
                merged[bLink[j]] = true;
            }
        }

        return merged;
    }
}
