using System.Globalization;
using Bogus;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Text;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Generation;

/// <summary>One county's people, companies, decisions, money and personal-matters reports, with its planted cases; ids are local to
/// the county.</summary>
internal sealed partial class CountyGenerator
{
    private const double OfficialShare = 0.02;
    private static readonly DateOnly AsOf = WorldGenerator.AsOf;

    private readonly string _region;
    private readonly List<SeedAgency> _agencies;
    private readonly int _people;
    private readonly double _transactionsPerPerson;
    private readonly Faker _faker;
    private readonly Random _random;
    private readonly SeedWorld _world = new();
    private readonly HashSet<string> _idNumbers = [];
    private readonly HashSet<string> _maskedKeys = [];
    private readonly HashSet<string> _companyNames = [];
    private readonly List<int> _background = [];
    private readonly List<int> _officials = [];
    private readonly List<int> _relatives = [];
    private readonly HashSet<int> _plantedCompanies = [];
    private int _companySerial;

    public CountyGenerator(string region, List<SeedAgency> agencies, int people, double transactionsPerPerson, int seed)
    {
        _transactionsPerPerson = transactionsPerPerson;
        _region = region;
        _agencies = agencies;
        _people = people;
        _random = new Random(seed);
        _faker = new Faker("zh_CN");
        _faker.Random = new Randomizer(seed);
    }

    public SeedWorld Generate()
    {
        PlantCases();
        var officials = Math.Max(10, (int)(_people * OfficialShare));
        for (var i = 0; i < officials && _world.People.Count < _people; i++)
        {
            Official();
        }

        while (_world.People.Count < _people)
        {
            _background.Add(Person(_random.Next(1950, 2004), null).Id);
        }

        Companies(Math.Max(20, _people / 5));
        RelativesLiveTheirLives();
        Decisions();
        Money();
        PlantReportCases();
        CloseFamilyInBusiness();
        Reports();
        return _world;
    }

    private SeedPerson Person(int birthYear, bool? male)
    {
        while (true)
        {
            var isMale = male ?? _random.Next(2) == 0;
            var name = _faker.Name.LastName()
                + _faker.Name.FirstName(isMale ? Bogus.DataSets.Name.Gender.Male : Bogus.DataSets.Name.Gender.Female);
            var birth = new DateOnly(birthYear, _random.Next(1, 13), _random.Next(1, 29));
            var sequence = (_random.Next(0, 500) * 2) + (isMale ? 1 : 0);
            var number = IdentityNumber.Create(_region, birth, sequence).Value;
            // A masked number must fit one known number under its name, so that resolution rule 2 can link it.
            var masked = NameNormalizer.Normalize(name) + "|" + number[..6] + number[14..];
            if (!_idNumbers.Add(number))
            {
                continue;
            }

            if (!_maskedKeys.Add(masked))
            {
                _idNumbers.Remove(number);
                continue;
            }

            var person = new SeedPerson(_world.People.Count, name, number, birth, isMale);
            _world.People.Add(person);
            return person;
        }
    }

    private SeedCompany Company(string industry, bool listed = false, string? region = null)
    {
        region ??= _region;
        string name;
        do
        {
            name = $"{CityName(region)}{_faker.Address.CityPrefix()}{Trade(industry)}{(listed ? "股份" : string.Empty)}有限{(_random.Next(3) == 0 ? "责任" : string.Empty)}公司{_faker.Random.Number(1, 999)}";
        }
        while (!_companyNames.Add(NameNormalizer.Normalize(name)));

        var serial = (++_companySerial).ToString("D5", CultureInfo.InvariantCulture);
        var code = CreditCode.Create($"91{region}MA{Alphabet(2)}{serial}").Value;
        var company = new SeedCompany(_world.Companies.Count, name, code, listed, region, industry);
        _world.Companies.Add(company);
        return company;
    }

    private string Alphabet(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = CreditCode.Alphabet[_random.Next(10, CreditCode.Alphabet.Length)];
        }

        return chars.ToString();
    }

    private static string CityName(string region) =>
        Geography.Cities.FirstOrDefault(c => region.StartsWith(c.City, StringComparison.Ordinal)).Name ?? "广东";

    private string Trade(string industry) => industry[0] switch
    {
        'A' => "农业",
        'C' => _random.Next(2) == 0 ? "制造" : "机械",
        'E' => "建设工程",
        'F' => "贸易",
        'G' => "物流",
        'H' => "酒店",
        'I' => "信息技术",
        'J' => "农村商业银行",
        'K' => "房地产开发",
        'L' => "商务服务",
        'M' => "工程设计",
        'N' => "环境治理",
        'Q' => "医疗",
        _ => "文化",
    };

    private string RandomIndustry(bool allowFinance = true)
    {
        while (true)
        {
            var industry = Geography.Industries[_random.Next(Geography.Industries.Length)];
            if (allowFinance || industry[0] != 'J')
            {
                return industry;
            }
        }
    }

    private DateOnly Day(int fromYear, int toYear) =>
        DateOnly.FromDayNumber(_random.Next(new DateOnly(fromYear, 1, 1).DayNumber, new DateOnly(toYear, 12, 31).DayNumber + 1));

    private SeedAgency AgencyFor(bool countyLevel, bool licensing) =>
        _agencies.Where(a => (a.RegionCode == _region) == countyLevel && a.Licensing == licensing).OrderBy(_ => _random.Next()).First();

    private void Position(SeedPerson person, SeedAgency agency, DateOnly start, DateOnly? end, string title)
    {
        person.InCadre = true;
        _world.Positions.Add(new SeedPosition(person.Id, agency.Id, title, start, end));
    }

    private void Family(
        SeedPerson person,
        SeedPerson relative,
        FamilyRelation relation,
        DateOnly? start,
        DateOnly? end,
        bool cadre,
        bool civil)
    {
        if (cadre)
        {
            relative.InCadre = true;
        }

        _world.Family.Add(new SeedFamily(person.Id, relative.Id, relation, start, end, cadre, civil));
    }

    private void Share(int holder, bool holderIsCompany, SeedCompany company, double share, DateOnly? start, DateOnly? end)
    {
        if (!holderIsCompany)
        {
            _world.People[holder].InCompanyRegistry = true;
        }

        _world.Shares.Add(new SeedShare(holder, holderIsCompany, company.Id, share, start, end));
    }

    private void Role(
        SeedPerson person,
        SeedCompany company,
        CompanyRole role,
        DateOnly? start,
        DateOnly? end,
        decimal? salary = null,
        bool nominal = false)
    {
        person.InCompanyRegistry = true;
        _world.Roles.Add(new SeedRole(person.Id, company.Id, role, start, end, salary, nominal));
    }

    private void Transaction(int from, bool fromIsCompany, int to, bool toIsCompany, TransactionKind kind, decimal amount, DateOnly date)
    {
        if (!fromIsCompany)
        {
            _world.People[from].InFinance = true;
        }

        if (!toIsCompany)
        {
            _world.People[to].InFinance = true;
        }

        _world.Transactions.Add(new SeedTransaction(from, fromIsCompany, to, toIsCompany, kind, amount, date));
    }

    private void Decision(
        string kind,
        SeedAgency agency,
        SeedCompany beneficiary,
        DateOnly decided,
        IReadOnlyList<(int Person, ParticipationRole Role)> officials,
        ProcurementMethod? method,
        int bidders)
    {
        foreach (var (person, _) in officials)
        {
            _world.People[person].InDecisions = true;
        }

        var tenderers = new List<int> { beneficiary.Id };
        for (var i = 1; i < bidders && _world.Companies.Count > 1; i++)
        {
            var other = _random.Next(_world.Companies.Count);
            if (!tenderers.Contains(other))
            {
                tenderers.Add(other);
            }
        }

        var title = $"{beneficiary.Name[..Math.Min(4, beneficiary.Name.Length)]}项目{_world.Decisions.Count + 1}";
        _world.Decisions.Add(new SeedDecision(
            _world.Decisions.Count, kind, agency.Id, beneficiary.Id, title, _random.Next(50, 5_000) * 1_000m, decided,
            method, kind.EndsWith("award", StringComparison.Ordinal)
                ? tenderers.Count
                : null, officials, kind.EndsWith("award", StringComparison.Ordinal) ? tenderers : []));
    }

    private void Plant(string rule, string variant, SeedPerson official, SeedCompany company, bool finding, string description) =>
        _world.Planted.Add(new PlantedCase(rule, variant, official.Id, company.Id, finding, description));
}
