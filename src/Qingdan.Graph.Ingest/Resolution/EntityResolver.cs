using System.Runtime.InteropServices;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Ingest.Resolution;

/// <summary>
/// Partitions source records into entities by the rules of DESIGN "Entity resolution", as a pure
/// function of the whole record set and the decisions people made — so the result never depends on
/// the order in which bundles arrived, and a later record can undo what rules 2 and 3 merged before.
/// </summary>
/// <remarks>
/// 1. A valid identifier shared → the same entity.
/// 2. Within a name group, a masked identifier compatible with exactly one valid identifier → the same.
/// 3. Within a group of the same name and birth date (companies and agencies: the same name), when at
///    most one unit holds a valid identifier, every unit that conflicts with nobody joins it.
/// Otherwise records stay apart, and near ones become candidates for a person to decide. "Different"
/// decisions forbid any merge between the two records; "same" decisions merge them.
/// </remarks>
public static partial class EntityResolver
{
    /// <summary>At most this many candidates are proposed for one record, so that a common name cannot flood the queue.</summary>
    public const int MaxCandidatesPerRecord = 10;

    public static ResolutionResult Resolve(IReadOnlyList<ResolutionRecord> records, IReadOnlyList<MatchDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(decisions);
        // Natural keys are unique, so this order is total and the same whatever order the records came in.
        var ordered = records.ToArray();
        Array.Sort(
            ordered,
            static (x, y) => x.Kind != y.Kind ? ((int)x.Kind).CompareTo((int)y.Kind) : string.CompareOrdinal(x.NaturalKey, y.NaturalKey));
        var state = new State(ordered, decisions);
        state.ApplySameDecisions();
        state.MergeByValidIdentifier();
        state.MergeByMaskedIdentifier();
        state.MergeByNameGroups();
        return state.Result();
    }

    private sealed class State
    {
        private readonly ResolutionRecord[] _records;
        private readonly Dictionary<long, int> _indexById;
        private readonly int[] _parent;
        private readonly Unit[] _units;
        private readonly string?[] _rule;
        private readonly List<ResolutionCandidatePair> _candidates = [];
        private readonly HashSet<(long, long)> _proposed = [];
        private readonly HashSet<(long, long)> _decided = [];
        private readonly IReadOnlyList<MatchDecision> _decisions;
        private List<List<int>>? _nameGroups;
        private readonly Dictionary<string, IdentityNumber> _identityNumbers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CreditCode> _creditCodes = new(StringComparer.Ordinal);

        public State(ResolutionRecord[] records, IReadOnlyList<MatchDecision> decisions)
        {
            _records = records;
            _decisions = decisions;
            _indexById = new Dictionary<long, int>(records.Length);
            _parent = new int[records.Length];
            _units = new Unit[records.Length];
            _rule = new string?[records.Length];
            for (var i = 0; i < records.Length; i++)
            {
                _indexById[records[i].Id] = i;
                _parent[i] = i;
                _units[i] = new Unit(i, records[i]);
            }

            foreach (var decision in decisions)
            {
                if (_indexById.TryGetValue(decision.RecordA, out var a) && _indexById.TryGetValue(decision.RecordB, out var b))
                {
                    _decided.Add(Pair(decision.RecordA, decision.RecordB));
                    if (!decision.Same)
                    {
                        _units[a].Forbid(b);
                        _units[b].Forbid(a);
                    }
                }
            }
        }

        public void ApplySameDecisions()
        {
            foreach (var decision in _decisions.Where(d => d.Same).OrderBy(d => Math.Min(d.RecordA, d.RecordB))
                .ThenBy(d => Math.Max(d.RecordA, d.RecordB)))
            {
                if (_indexById.TryGetValue(decision.RecordA, out var a) && _indexById.TryGetValue(decision.RecordB, out var b) &&
                    _records[a].Kind == _records[b].Kind)
                {
                    Union(a, b, ResolutionRule.Decision, checkConflicts: false);
                }
            }
        }

        public void MergeByValidIdentifier()
        {
            // Groups in the order of their first record, each merged whole before the next (as GroupBy gave them).
            foreach (var group in Groups(
                i => _records[i] is { Kind: not NodeKind.Decision, HasValidIdentifier: true },
                i => (_records[i].Kind, _records[i].Identifier!),
                singletons: false))
            {
                for (var k = 1; k < group.Count; k++)
                {
                    Union(group[0], group[k], ResolutionRule.Identifier, checkConflicts: false);
                }
            }
        }

        public void MergeByMaskedIdentifier()
        {
            var unions = new List<(int Masked, int Holder)>();
            foreach (var group in NameGroups())
            {
                // Most name groups hold no masked identifier: nothing to place, no identifiers to gather.
                if (!group.Exists(i => _records[i].HasMaskedIdentifier))
                {
                    continue;
                }

                var valid = group.Where(i => _records[i].HasValidIdentifier)
                    .GroupBy(i => _records[i].Identifier!, StringComparer.Ordinal)
                    .Select(g => (Identifier: g.Key, Holder: g.First()))
                    .ToList();
                foreach (var i in group.Where(i => _records[i].HasMaskedIdentifier && !_units[Find(i)].HasValid))
                {
                    var fits = valid.Where(v => Compatible(_records[i], v.Identifier) && !Conflicts(Find(i), Find(v.Holder))).ToList();
                    if (fits.Count == 1)
                    {
                        unions.Add((i, fits[0].Holder));
                    }
                    else if (fits.Count > 1)
                    {
                        foreach (var fit in fits.Take(MaxCandidatesPerRecord))
                        {
                            Propose(
                                i,
                                fit.Holder,
                                $"masked identifier {_records[i].Identifier} fits {fits.Count} known identifiers under the same name");
                        }
                    }
                }
            }

            foreach (var (masked, holder) in unions)
            {
                Union(masked, holder, ResolutionRule.MaskedIdentifier, checkConflicts: false);
            }
        }

        public void MergeByNameGroups()
        {
            var unions = new List<(int Unit, int Target, string Rule)>();
            foreach (var group in NameGroups())
            {
                var kind = _records[group[0]].Kind;
                var units = group.Select(Find).Distinct().ToList();
                if (units.Count < 2)
                {
                    continue;
                }

                if (kind == NodeKind.Person)
                {
                    foreach (var sameBirth in units.Where(u => _units[u].BirthDate is not null).GroupBy(u => _units[u].BirthDate!.Value))
                    {
                        PlanGroup(
                            sameBirth.ToList(),
                            ResolutionRule.NameAndBirthDate,
                            $"same name and birth date {sameBirth.Key:yyyy-MM-dd}",
                            unions);
                    }

                    // Undated records without a valid identifier cannot be placed by rules 1–3: ask a person.
                    foreach (var undated in units.Where(u => _units[u].BirthDate is null && !_units[u].HasValid))
                    {
                        foreach (var other in units.Where(o => o != undated && !Conflicts(undated, o)).Take(MaxCandidatesPerRecord))
                        {
                            Propose(
                                _units[undated].Representative,
                                _units[other].Representative,
                                "same name; no identifier or birth date to decide");
                        }
                    }
                }
                else
                {
                    PlanGroup(units, ResolutionRule.Name, "same name", unions);
                }
            }

            foreach (var (unit, target, rule) in unions)
            {
                Union(unit, target, rule, checkConflicts: true);
            }
        }

        public ResolutionResult Result()
        {
            var clusters = new List<IReadOnlyList<long>>();
            foreach (var group in Groups(_ => true, Find, singletons: true))
            {
                var ids = new long[group.Count];
                for (var k = 0; k < ids.Length; k++)
                {
                    ids[k] = _records[group[k]].Id;
                }

                clusters.Add(ids);
            }

            var rules = new Dictionary<long, string>(_records.Length);
            for (var i = 0; i < _records.Length; i++)
            {
                rules[_records[i].Id] = _rule[i] ?? ResolutionRule.New;
            }

            return new ResolutionResult(clusters, rules, _candidates);
        }

        private void PlanGroup(List<int> units, string rule, string reason, List<(int, int, string)> unions)
        {
            if (units.Count < 2)
            {
                return;
            }

            var strong = units.Where(u => _units[u].HasValid).ToList();
            var weak = units.Where(u => !_units[u].HasValid).ToList();
            if (strong.Count >= 2)
            {
                foreach (var w in weak)
                {
                    foreach (var s in strong.Where(s => !Conflicts(w, s)).Take(MaxCandidatesPerRecord))
                    {
                        Propose(
                            _units[w].Representative,
                            _units[s].Representative,
                            $"{reason}; {strong.Count} identified entities share it");
                    }
                }

                return;
            }

            var target = strong.Count == 1 ? strong[0] : weak[0];
            foreach (var w in weak.Where(w => w != target))
            {
                if (units.All(other => other == w || !Conflicts(w, other)))
                {
                    unions.Add((w, target, rule));
                }
                else if (!Conflicts(w, target))
                {
                    Propose(_units[w].Representative, _units[target].Representative, $"{reason}; conflicting data elsewhere in the group");
                }
            }
        }

        // Groups depend on the records alone, not on merges: both passes that walk them share one grouping.
        private List<List<int>> NameGroups() =>
            _nameGroups ??= Groups(
                i => _records[i].Kind != NodeKind.Decision && _records[i].NormalizedName.Length > 0,
                i => (_records[i].Kind, _records[i].NormalizedName),
                singletons: false);

        /// <summary>
        /// The records that <paramref name="include"/> takes, grouped by key: groups in the order of their
        /// first record, members in record order — what GroupBy gives, without a lookup object per group.
        /// A record alone under its key makes a group only when <paramref name="singletons"/> is set: the
        /// merging passes skip lone records, and most records are alone under their name and identifier.
        /// </summary>
        private List<List<int>> Groups<TKey>(Func<int, bool> include, Func<int, TKey> key, bool singletons)
            where TKey : notnull
        {
            var firsts = new List<int>();
            var firstOf = new Dictionary<TKey, int>();
            var shared = new Dictionary<int, List<int>>();
            for (var i = 0; i < _records.Length; i++)
            {
                if (!include(i))
                {
                    continue;
                }

                ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstOf, key(i), out var seen);
                if (!seen)
                {
                    first = i;
                    firsts.Add(i);
                    continue;
                }

                ref var members = ref CollectionsMarshal.GetValueRefOrAddDefault(shared, first, out var grouped);
                if (!grouped)
                {
                    members = [first];
                }

                members!.Add(i);
            }

            var groups = new List<List<int>>(singletons ? firsts.Count : shared.Count);
            foreach (var first in firsts)
            {
                if (shared.TryGetValue(first, out var members))
                {
                    groups.Add(members);
                }
                else if (singletons)
                {
                    groups.Add([first]);
                }
            }

            return groups;
        }


        private void Propose(int a, int b, string reason)
        {
            var (idA, idB) = (_records[a].Id, _records[b].Id);
            if (Find(a) == Find(b) || _decided.Contains(Pair(idA, idB)) || !_proposed.Add(Pair(idA, idB)))
            {
                return;
            }

            _candidates.Add(new ResolutionCandidatePair(Math.Min(idA, idB), Math.Max(idA, idB), reason));
        }

        private static (long, long) Pair(long a, long b) => a < b ? (a, b) : (b, a);

        private bool Compatible(ResolutionRecord masked, string valid) => IdentifiersCompatible(masked.Kind, masked.Identifier!, valid);

        private bool Conflicts(int rootA, int rootB)
        {
            rootA = Find(rootA);
            rootB = Find(rootB);
            if (rootA == rootB)
            {
                return false;
            }

            var a = _units[rootA];
            var b = _units[rootB];
            if (a.HasValid && b.HasValid && !a.SameValid(b))
            {
                return true;
            }

            if (BirthsConflict(a, b))
            {
                return true;
            }

            if (a.Gender is { } genderA && b.Gender is { } genderB && genderA != genderB)
            {
                return true;
            }

            for (var x = 0; x < a.IdentifierCount; x++)
            {
                for (var y = 0; y < b.IdentifierCount; y++)
                {
                    if (!IdentifiersCompatible(a.Kind, a.IdentifierAt(x), b.IdentifierAt(y)))
                    {
                        return true;
                    }
                }
            }

            return a.ForbidsAnyOf(b) || b.ForbidsAnyOf(a);
        }

        /// <summary>
        /// Two different birth days conflict; a birth month (a partial date) conflicts only with a day outside
        /// it or another month — never with a day inside it (mapping.md "Partial dates").
        /// </summary>
        private static bool BirthsConflict(Unit a, Unit b) =>
            (a.BirthDate is { } dayA && b.BirthDate is { } dayB && dayA != dayB) ||
            (a.BirthDate is { } day && b.BirthMonth is { } month && !month.Contains(day)) ||
            (a.BirthMonth is { } monthA && b.BirthDate is { } dayOfB && !monthA.Contains(dayOfB)) ||
            (a.BirthMonth is { } x && b.BirthMonth is { } y && x != y);

        private bool IdentifiersCompatible(NodeKind kind, string x, string y) =>
            kind == NodeKind.Person
                ? IdentityNumberOf(x).IsCompatibleWith(IdentityNumberOf(y))
                : CreditCodeOf(x).IsCompatibleWith(CreditCodeOf(y));

        // Conflict checks compare the same identifiers again and again: each is parsed once.
        private IdentityNumber IdentityNumberOf(string identifier)
        {
            ref var parsed = ref CollectionsMarshal.GetValueRefOrAddDefault(_identityNumbers, identifier, out var seen);
            return seen ? parsed! : parsed = IdentityNumber.Parse(identifier)!;
        }

        private CreditCode CreditCodeOf(string identifier)
        {
            ref var parsed = ref CollectionsMarshal.GetValueRefOrAddDefault(_creditCodes, identifier, out var seen);
            return seen ? parsed! : parsed = CreditCode.Parse(identifier)!;
        }

        private int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        private void Union(int a, int b, string rule, bool checkConflicts)
        {
            var rootA = Find(a);
            var rootB = Find(b);
            if (rootA == rootB)
            {
                return;
            }

            var unitA = _units[rootA];
            var unitB = _units[rootB];
            if (unitA.ForbidsAnyOf(unitB) || unitB.ForbidsAnyOf(unitA))
            {
                return;
            }

            if (checkConflicts && Conflicts(rootA, rootB))
            {
                return;
            }

            _rule[a] ??= rule;
            _rule[b] ??= rule;
            // The root keeps the record that comes first in natural-key order, so representatives are order independent.
            var (root, child) = rootA < rootB ? (rootA, rootB) : (rootB, rootA);
            _parent[child] = root;
            _units[root].Absorb(_units[child]);
        }
    }
}
