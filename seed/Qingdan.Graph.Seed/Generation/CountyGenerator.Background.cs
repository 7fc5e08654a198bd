using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Generation;

/// <summary>The background: ordinary officials and families, companies, payroll, decisions and money.</summary>
internal sealed partial class CountyGenerator
{
    private static readonly string[] AwardKinds = ["procurement_award", "bidding_award"];
    private static readonly string[] LicenceKinds = ["license", "license_review", "project_approval", "market_access", "land_transfer", "subsidy", "credit", "tax", "inspection_notice"];

    private void Official()
    {
        var birthYear = _random.Next(1960, 1986);
        var official = Person(birthYear, null);
        _officials.Add(official.Id);
        var first = Day(2005, 2018);
        var ended = _random.Next(10) < 3;
        var end = ended ? Day(Math.Min(first.Year + 2, 2025), 2025) : (DateOnly?)null;
        if (end <= first)
        {
            end = first.AddYears(2);
        }

        Position(official, AgencyFor(_random.Next(2) == 0, _random.Next(3) == 0), first, end, _random.Next(2) == 0 ? "局长" : "副局长");
        if (_random.Next(4) == 0)
        {
            Position(official, AgencyFor(_random.Next(2) == 0, _random.Next(2) == 0), (end ?? first).AddDays(1), null, "副局长");
        }

        var marriage = new DateOnly(birthYear + _random.Next(24, 32), _random.Next(1, 13), _random.Next(1, 29));
        var spouse = Person(birthYear + _random.Next(-3, 4), !official.Male);
        var divorced = _random.Next(10) == 0;
        var divorce = divorced ? Day(marriage.Year + 3, 2024) : (DateOnly?)null;
        Family(official, spouse, FamilyRelation.Spouse, marriage, divorce, cadre: !divorced, civil: true);
        _relatives.Add(spouse.Id);
        Close(official, spouse, FamilyRelation.Spouse, marriage, divorce);
        var declareInLaws = _random.Next(10) < 7;
        foreach (var parentOf in new[] { official, spouse })
        {
            for (var i = 0; i < 2; i++)
            {
                var parent = Person(parentOf.Birth.Year - _random.Next(22, 35), i == 0);
                Family(parent, parentOf, FamilyRelation.Child, null, null, cadre: false, civil: true);
                if (parentOf == official)
                {
                    Family(official, parent, FamilyRelation.Parent, null, null, cadre: true, civil: false);
                }
                else if (declareInLaws)
                {
                    Family(official, parent, FamilyRelation.ParentInLaw, null, null, cadre: true, civil: false);
                }

                _relatives.Add(parent.Id);
            }
        }

        for (var i = _random.Next(0, 3); i > 0; i--)
        {
            var sibling = Person(birthYear + _random.Next(-6, 7), null);
            Family(official, sibling, FamilyRelation.Sibling, null, null, cadre: true, civil: false);
            _relatives.Add(sibling.Id);
            if (_random.Next(10) < 6 && sibling.Birth.Year < 2000)
            {
                var inLaw = Person(sibling.Birth.Year + _random.Next(-3, 4), !sibling.Male);
                Family(
                    sibling,
                    inLaw,
                    FamilyRelation.Spouse,
                    new DateOnly(sibling.Birth.Year + _random.Next(24, 32), 6, 1),
                    null,
                    cadre: false,
                    civil: true);
                _relatives.Add(inLaw.Id);
            }
        }

        for (var i = _random.Next(1, 3); i > 0; i--)
        {
            var childYear = Math.Min(2022, marriage.Year + _random.Next(1, 9));
            var child = Person(childYear, null);
            Family(official, child, FamilyRelation.Child, null, null, cadre: true, civil: true);
            Family(spouse, child, FamilyRelation.Child, null, null, cadre: false, civil: true);
            _relatives.Add(child.Id);
            Close(official, child, FamilyRelation.Child, null, null);
            if (childYear < 1998 && _random.Next(2) == 0)
            {
                var childSpouse = Person(childYear + _random.Next(-2, 3), !child.Male);
                var wedding = new DateOnly(Math.Min(2025, childYear + _random.Next(24, 30)), _random.Next(1, 13), 8);
                Family(child, childSpouse, FamilyRelation.Spouse, wedding, null, cadre: false, civil: true);
                if (_random.Next(2) == 0)
                {
                    Family(official, childSpouse, FamilyRelation.ChildSpouse, wedding, null, cadre: true, civil: false);
                }

                _relatives.Add(childSpouse.Id);
                Close(official, childSpouse, FamilyRelation.ChildSpouse, wedding, null);
            }
        }
    }

    private void Companies(int count)
    {
        var holdings = new List<SeedCompany>();
        for (var i = 0; i < count; i++)
        {
            var industry = i % 10 == 0 ? "L72" : RandomIndustry();
            var company = Company(industry, listed: _random.Next(100) < 3);
            if (industry == "L72")
            {
                holdings.Add(company);
            }

            var holders = _random.Next(1, 4);
            var remaining = 100;
            for (var h = 0; h < holders && remaining > 0; h++)
            {
                var percent = h == holders - 1 ? remaining : _random.Next(1, remaining);
                remaining -= percent;
                var start = Day(2000, 2024);
                var end = _random.Next(10) == 0 ? start.AddYears(_random.Next(1, 6)) : (DateOnly?)null;
                if (holdings.Count > 1 && _random.Next(5) == 0)
                {
                    var holding = holdings[_random.Next(holdings.Count)];
                    if (holding.Id != company.Id)
                    {
                        Share(holding.Id, true, company, percent / 100.0, start, end);
                        continue;
                    }
                }

                Share(BackgroundPerson(), false, company, percent / 100.0, start, end);
            }

            var founded = Day(2000, 2022);
            Role(_world.People[BackgroundPerson()], company, CompanyRole.LegalRepresentative, founded, null);
            Role(_world.People[BackgroundPerson()], company, CompanyRole.Director, founded, null, Salary(industry, 2.0m));
            Role(_world.People[BackgroundPerson()], company, CompanyRole.Supervisor, founded, null);
            if (_random.Next(2) == 0)
            {
                Role(_world.People[BackgroundPerson()], company, CompanyRole.GeneralManager, founded, null, Salary(industry, 2.5m));
            }

            for (var e = _random.Next(3, 7); e > 0; e--)
            {
                Role(_world.People[BackgroundPerson()], company, CompanyRole.Employee, Day(founded.Year, 2025), null, Salary(industry, 1m));
            }

            if (_random.Next(10) == 0)
            {
                Role(
                    _world.People[BackgroundPerson()],
                    company,
                    CompanyRole.Consultant,
                    Day(founded.Year, 2025),
                    null,
                    Salary(industry, 1.5m));
            }
        }
    }

    private decimal Salary(string industry, decimal factor)
    {
        var basePay = industry[0] switch { 'J' => 12_000, 'I' => 11_000, 'K' => 9_000, 'A' => 4_000, _ => 6_500 };
        return decimal.Round(basePay * factor * (decimal)(0.8 + (_random.NextDouble() * 0.4)) / 100m) * 100m;
    }

    private int BackgroundPerson() => _background[_random.Next(_background.Count)];

    /// <summary>Some relatives of ordinary officials work and invest like anyone: the truth check finds what that makes.</summary>
    private void RelativesLiveTheirLives()
    {
        var companies = _world.Companies.Where(c => !_plantedCompanies.Contains(c.Id)).ToList();
        foreach (var relative in _relatives)
        {
            var roll = _random.Next(100);
            var company = companies[_random.Next(companies.Count)];
            if (roll < 10)
            {
                Role(_world.People[relative], company, CompanyRole.Employee, Day(2010, 2025), null, Salary(company.Industry, 1m));
            }
            else if (roll < 13)
            {
                Share(relative, false, company, _random.Next(1, 10) / 100.0, Day(2005, 2025), null);
            }
        }
    }

    private void Decisions()
    {
        var staff = _world.Positions.GroupBy(p => p.Agency).ToDictionary(g => g.Key, g => g.Select(p => p.Person).Distinct().ToList());
        var local = _world.Companies.Where(c => c.RegionCode == _region).ToList();
        foreach (var agency in _agencies)
        {
            if (!staff.TryGetValue(agency.Id, out var officials) || local.Count == 0)
            {
                continue;
            }

            for (var i = Math.Max(3, _people / 300); i > 0; i--)
            {
                var kinds = agency.Licensing ? LicenceKinds : AwardKinds;
                var deciders = new List<(int, ParticipationRole)> {
                    (officials[_random.Next(officials.Count)], ParticipationRole.Approver) };
                if (officials.Count > 1 && _random.Next(2) == 0)
                {
                    var second = officials[_random.Next(officials.Count)];
                    if (second != deciders[0].Item1)
                    {
                        deciders.Add((second, ParticipationRole.Signer));
                    }
                }

                var method = agency.Licensing ? (ProcurementMethod?)null : (ProcurementMethod)_random.Next(4);
                Decision(
                    kinds[_random.Next(kinds.Length)],
                    agency,
                    local[_random.Next(local.Count)],
                    Day(2012, 2026),
                    deciders,
                    method,
                    _random.Next(1, 6));
            }
        }
    }

    private void Money()
    {
        var banks = _world.Companies.Where(c => c.Industry[0] == 'J').ToList();
        for (var i = (int)(_people * _transactionsPerPerson); i > 0; i--)
        {
            var a = _world.Companies[_random.Next(_world.Companies.Count)];
            var b = _world.Companies[_random.Next(_world.Companies.Count)];
            var date = Day(2012, 2026);
            switch (_random.Next(4))
            {
                case 0 when a.Id != b.Id:
                    Transaction(a.Id, true, b.Id, true, TransactionKind.Contract, _random.Next(10, 900) * 1_000m, date);
                    break;
                case 1 when banks.Count > 0:
                    Transaction(
                        banks[_random.Next(banks.Count)].Id,
                        true,
                        BackgroundPerson(),
                        false,
                        TransactionKind.Loan,
                        _random.Next(50, 900) * 1_000m,
                        date);
                    break;
                case 2:
                    Transaction(a.Id, true, BackgroundPerson(), false, TransactionKind.Payment, _random.Next(1, 60) * 1_000m, date);
                    break;
                default:
                    var from = BackgroundPerson();
                    var to = BackgroundPerson();
                    if (from != to)
                    {
                        Transaction(from, false, to, false, TransactionKind.Gift, _random.Next(1, 20) * 500m, date);
                    }

                    break;
            }
        }
    }
}
