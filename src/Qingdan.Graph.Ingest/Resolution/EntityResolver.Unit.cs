using System.Globalization;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Ingest.Resolution;

public static partial class EntityResolver
{
    /// <summary>What a cluster of records knows about itself, kept at its root.</summary>
    /// <remarks>
    /// Most units stay one record: its index, its identifier and its valid identifier are fields, and the
    /// lists and sets are made only when a second record joins (or a decision forbids a merge), so that
    /// resolving a large store does not allocate collections for every record.
    /// </remarks>
    private sealed class Unit
    {
        private readonly int _index;
        private List<int>? _members;
        private HashSet<int>? _forbidden;
        private string? _identifier;
        private List<string>? _identifiers;
        private string? _valid;
        private HashSet<string>? _validSet;

        public Unit(int index, ResolutionRecord record)
        {
            _index = index;
            Kind = record.Kind;
            Representative = index;
            if (record.HasValidIdentifier)
            {
                _valid = record.Identifier;
            }

            if (record.Identifier is not null && record.IdentifierStatus != IdentifierStatus.Invalid)
            {
                _identifier = record.Identifier;
            }

            BirthDate = record.BirthDate;
            BirthMonth = record.BirthMonth;
            Gender = record.Gender;
        }

        public NodeKind Kind { get; }

        public int Representative { get; private set; }

        public int MemberCount => _members?.Count ?? 1;

        /// <summary>The identifiers (valid or masked) of its records, each once.</summary>
        public int IdentifierCount => _identifiers?.Count ?? (_identifier is null ? 0 : 1);

        public DateOnly? BirthDate { get; private set; }

        /// <summary>A birth month some record gives without its day; it does not place the unit by rule 3.</summary>
        public YearMonth? BirthMonth { get; private set; }

        public Sex? Gender { get; private set; }

        public bool HasValid => _valid is not null || _validSet is not null;

        public string IdentifierAt(int i) => _identifiers is { } list ? list[i] : _identifier!;

        public void Forbid(int record) => (_forbidden ??= []).Add(record);

        /// <summary>True when a decision forbids this unit to join any member of <paramref name="other"/>.</summary>
        public bool ForbidsAnyOf(Unit other) =>
            _forbidden is { Count: > 0 } forbidden && (other._members is { } members
                ? members.Exists(forbidden.Contains)
                : forbidden.Contains(other._index));

        /// <summary>True when both hold the same set of valid identifiers.</summary>
        public bool SameValid(Unit other) =>
            _validSet is null && other._validSet is null
                ? string.Equals(_valid, other._valid, StringComparison.Ordinal)
                : ValidSet().SetEquals(other.ValidSet());

        public void Absorb(Unit other)
        {
            Representative = Math.Min(Representative, other.Representative);
            _members ??= [_index];
            if (other._members is { } members)
            {
                _members.AddRange(members);
            }
            else
            {
                _members.Add(other._index);
            }

            if (other._forbidden is { Count: > 0 })
            {
                (_forbidden ??= []).UnionWith(other._forbidden);
            }

            if (other.HasValid)
            {
                if (!HasValid)
                {
                    (_valid, _validSet) = (other._valid, other._validSet is null
                        ? null
                        : new HashSet<string>(other._validSet, StringComparer.Ordinal));
                }
                else if (_validSet is not null || other._validSet is not null
                    || !string.Equals(_valid, other._valid, StringComparison.Ordinal))
                {
                    _validSet = ValidSet();
                    _validSet.UnionWith(other.ValidSet());
                    _valid = null;
                }
            }

            for (var i = 0; i < other.IdentifierCount; i++)
            {
                AddIdentifier(other.IdentifierAt(i));
            }

            BirthDate ??= other.BirthDate;
            BirthMonth ??= other.BirthMonth;
            Gender ??= other.Gender;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"unit {Representative} ({MemberCount} records)");

        private HashSet<string> ValidSet() => _validSet ?? (_valid is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal) { _valid });

        private void AddIdentifier(string identifier)
        {
            if (_identifiers is null)
            {
                if (_identifier is null)
                {
                    _identifier = identifier;
                    return;
                }

                if (string.Equals(_identifier, identifier, StringComparison.Ordinal))
                {
                    return;
                }

                _identifiers = [_identifier];
            }

            if (!_identifiers.Contains(identifier, StringComparer.Ordinal))
            {
                _identifiers.Add(identifier);
            }
        }
    }
}
