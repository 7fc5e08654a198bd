using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Generation;

/// <summary>
/// The background's personal-matters reports: most officials report each 31 December in post from 2017 (the year the current
/// regulation took effect), listing the spouse, children and children's spouses of the day and the stakes and senior posts
/// of all of them — most, not all: a relative or an interest an official keeps quiet about stays out year after year, and
/// now and then one is forgotten once. The truth check finds what that leaves out.
/// </summary>
internal sealed partial class CountyGenerator
{
    private const int FirstReportYear = 2017;

    /// <summary>The relatives a report must cover (spouse, children, children's spouses) of each background official.</summary>
    private readonly Dictionary<int, List<Kin>> _close = [];

    private readonly record struct Kin(int Person, FamilyRelation Relation, Period Valid);

    private readonly record struct Period(DateOnly? Start, DateOnly? End)
    {
        public bool Contains(DateOnly day) => (Start is null || Start <= day) && (End is null || day <= End);
    }

    private void Close(SeedPerson official, SeedPerson relative, FamilyRelation relation, DateOnly? start, DateOnly? end)
    {
        if (!_close.TryGetValue(official.Id, out var kin))
        {
            _close[official.Id] = kin = [];
        }

        kin.Add(new Kin(relative.Id, relation, new Period(start, end)));
    }

    /// <summary>
    /// Some officials and their close family hold a few shares of a listed company — the holdings reports most often leave
    /// out. Listed, under 5 % and of no company a decision benefits, so that they are no other rule's business (NL5 leaves
    /// listed companies out, and no chain through them reaches indirect_share): the city's NL3–NL9 truth stays as it was,
    /// and REP has findings nobody planted.
    /// </summary>
    private void CloseFamilyInBusiness()
    {
        var beneficiaries = _world.Decisions.Select(d => d.Beneficiary).ToHashSet();
        var companies = _world.Companies.Where(c => c.Listed && !_plantedCompanies.Contains(c.Id) && !beneficiaries.Contains(c.Id)).ToList();
        if (companies.Count == 0)
        {
            return;
        }

        foreach (var official in _officials)
        {
            if (_random.Next(100) < 4)
            {
                Share(official, false, companies[_random.Next(companies.Count)], _random.Next(1, 5) / 100.0, Day(2008, 2025), null);
            }

            foreach (var kin in _close.GetValueOrDefault(official) ?? [])
            {
                if (_random.Next(100) < 8)
                {
                    var start = Day(2008, 2025);
                    DateOnly? end = _random.Next(5) == 0 ? start.AddYears(_random.Next(1, 6)) : null;
                    Share(kin.Person, false, companies[_random.Next(companies.Count)], _random.Next(1, 5) / 100.0, start, end);
                }
            }
        }
    }

    private void Reports()
    {
        var posts = _world.Positions.ToLookup(p => p.Person);
        var shares = _world.Shares.Where(s => !s.HolderIsCompany).ToLookup(s => s.Holder);
        var roles = _world.Roles.ToLookup(r => r.Person);
        foreach (var id in _officials)
        {
            // One in ten is below the ranks that report.
            if (_random.Next(10) == 0)
            {
                continue;
            }

            var official = _world.People[id];
            var kin = _close.GetValueOrDefault(id) ?? [];
            var quiet = new Dictionary<(int Person, int Company), bool>();
            var unlisted = new HashSet<int>();
            foreach (var relative in kin.Select(k => k.Person).Distinct())
            {
                if (_random.Next(100) < 4)
                {
                    unlisted.Add(relative);
                }
            }

            for (var year = FirstReportYear; year <= AsOf.Year - 1; year++)
            {
                var day = new DateOnly(year, 12, 31);
                if (!posts[id].Any(p => new Period(p.Start, p.End).Contains(day)) || _random.Next(25) == 0)
                {
                    continue;
                }

                var report = Report(official, day, new DateOnly(year + 1, _random.Next(1, 3), _random.Next(1, 29)));
                var valid = kin.Where(k => k.Valid.Contains(day)).ToList();
                foreach (var relative in valid.Where(k => !unlisted.Contains(k.Person) && _random.Next(50) != 0))
                {
                    Item(report, ReportItemKind.Relative, _world.People[relative.Person], relative.Relation);
                }

                var declared = new HashSet<(int, int)>();
                foreach (var person in valid.Select(k => k.Person).Prepend(id).Distinct())
                {
                    var interests = shares[person].Where(s => new Period(s.Start, s.End).Contains(day))
                        .Select(s => (s.Company, Kind: ReportItemKind.Holding))
                        .Concat(roles[person].Where(r => new Period(r.Start, r.End).Contains(day) && r.Role != CompanyRole.Consultant)
                            .Select(r => (r.Company, Kind: ReportItemKind.Post)));
                    foreach (var (company, kind) in interests)
                    {
                        if (!quiet.TryGetValue((person, company), out var hidden))
                        {
                            quiet[(person, company)] = hidden = _random.Next(100) < 8;
                        }

                        if (hidden || _random.Next(40) == 0 || !declared.Add((person, company)))
                        {
                            continue;
                        }

                        // Now and then the report files a stake under posts or a post under investments: it is declared all the same.
                        var filed = _random.Next(20) != 0 ? kind : Other(kind);
                        Item(report, filed, _world.People[person], company: _world.Companies[company]);
                    }
                }
            }
        }
    }

    private static ReportItemKind Other(ReportItemKind kind) =>
        kind == ReportItemKind.Holding ? ReportItemKind.Post : ReportItemKind.Holding;

    private SeedReport Report(SeedPerson official, DateOnly day, DateOnly? submitted)
    {
        var report = new SeedReport(_world.Reports.Count, official.Id, day, submitted);
        _world.Reports.Add(report);
        return report;
    }

    /// <summary>An item names its person by the cadre registry's ref, so the cadre registry states the person.</summary>
    private void Item(
        SeedReport report, ReportItemKind kind, SeedPerson person, FamilyRelation? relation = null, SeedCompany? company = null)
    {
        person.InCadre = true;
        _world.ReportItems.Add(new SeedReportItem(report.Id, kind, person.Id, relation, company?.Id));
    }
}
