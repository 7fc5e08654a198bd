using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

/// <summary>
/// The sets RULES.md "Who counts" writes the rules in: principals P(c, t), side S(r, t) and
/// jurisdiction J(o, t). They are rule definitions (which roles count, the principal_share threshold),
/// so they live with the rules; the snapshot gives only the traversal they rest on (effective ownership
/// with plain numbers, links by kind and day).
/// </summary>
public static class RuleSets
{
    /// <summary>The roles that make a principal of a company (RULES "Principals").</summary>
    internal static readonly HashSet<CompanyRole> PrincipalRoles =
        [CompanyRole.LegalRepresentative, CompanyRole.Chair, CompanyRole.Director, CompanyRole.GeneralManager, CompanyRole.SeniorManager];

    /// <summary>The senior posts RULES.md names for NL5 "employment" and that a report must declare (REP).</summary>
    internal static readonly HashSet<CompanyRole> SeniorRoles =
    [
        CompanyRole.LegalRepresentative, CompanyRole.Chair, CompanyRole.Director, CompanyRole.Supervisor,
        CompanyRole.GeneralManager, CompanyRole.SeniorManager,
    ];

    /// <summary>The roles that put a company on a person's side (RULES "Side").</summary>
    internal static readonly HashSet<CompanyRole> SideRoles
        = [CompanyRole.LegalRepresentative, CompanyRole.Chair, CompanyRole.GeneralManager];

    /// <summary>P(c, t): officers in a principal role on the day, and people owning at least the principal share.</summary>
    public static IReadOnlySet<int> Principals(this GraphSnapshot graph, int company, DateOnly day, RuleParameters? parameters = null) =>
        Principals(graph, company, day.DayNumber, parameters ?? RuleParameters.Default);

    internal static HashSet<int> Principals(this GraphSnapshot graph, int company, int day, RuleParameters parameters)
    {
        var principals = new HashSet<int>();
        foreach (var link in graph.Incoming(company))
        {
            if (graph.LinkKindOf(link) == LinkKind.Role && graph.ValidAt(link, day)
                && PrincipalRoles.Contains((CompanyRole)graph.DetailOf(link)))
            {
                principals.Add(graph.FromOf(link));
            }
        }

        foreach (var owner in graph.UltimateOwners(company, day, parameters.PrincipalShare, parameters.MaxChain))
        {
            principals.Add(owner.Person);
        }

        return principals;
    }

    /// <summary>The companies c with the person in P(c, t).</summary>
    public static IReadOnlySet<int> PrincipalOf(this GraphSnapshot graph, int person, DateOnly day, RuleParameters? parameters = null) =>
        PrincipalOf(graph, person, day.DayNumber, parameters ?? RuleParameters.Default);

    internal static HashSet<int> PrincipalOf(this GraphSnapshot graph, int person, int day, RuleParameters parameters) =>
        LedOrOwned(graph, person, day, parameters, PrincipalRoles, []);

    /// <summary>S(r, t): the person, and the companies they own at least the principal share of or lead as legal representative, chair or
    /// general manager.</summary>
    public static IReadOnlySet<int> Side(this GraphSnapshot graph, int person, DateOnly day, RuleParameters? parameters = null) =>
        Side(graph, person, day.DayNumber, parameters ?? RuleParameters.Default);

    internal static HashSet<int> Side(this GraphSnapshot graph, int person, int day, RuleParameters parameters) =>
        LedOrOwned(graph, person, day, parameters, SideRoles, [person]);

    /// <summary>
    /// True when the company is in J(o, t): the official holds a post on the day at an agency whose
    /// region contains the company's, and whose sectors are empty or include the company's industry.
    /// </summary>
    public static bool InJurisdiction(this GraphSnapshot graph, int official, int company, DateOnly day) =>
        JurisdictionPost(graph, official, company, day.DayNumber) >= 0;

    /// <summary>The first post of the official valid on the day that puts the company in J(o, t), or -1.</summary>
    internal static int JurisdictionPost(this GraphSnapshot graph, int official, int company, int day)
    {
        if (graph.RegionOf(company) is not { } region)
        {
            return -1;
        }

        var industry = graph.IndustryOf(company);

        foreach (var link in graph.Outgoing(official))
        {
            if (graph.LinkKindOf(link) != LinkKind.Position || !graph.ValidAt(link, day))
            {
                continue;
            }

            var agency = graph.ToOf(link);
            if (graph.RegionOf(agency) is not { } agencyRegion || !Contains(agencyRegion, region))
            {
                continue;
            }

            var sectors = graph.SectorsOf(agency);
            if (sectors.Count == 0 || (industry is not null && InSectors(sectors, industry)))
            {
                return link;
            }
        }

        return -1;
    }

    // RegionCodes.Contains without making the prefix a string: the trailing "00" pairs stripped, then compared.
    private static bool Contains(string outer, string inner)
    {
        var prefix = outer.AsSpan();
        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        return inner.AsSpan().StartsWith(prefix, StringComparison.Ordinal);
    }

    private static bool InSectors(IReadOnlyList<string> sectors, string industry)
    {
        for (var i = 0; i < sectors.Count; i++)
        {
            if (industry.StartsWith(sectors[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds to <paramref name="companies"/> those the person holds one of the roles at on the day, or owns at least the principal
    /// share of.</summary>
    private static HashSet<int> LedOrOwned(
        GraphSnapshot graph,
        int person,
        int day,
        RuleParameters parameters,
        HashSet<CompanyRole> roles,
        HashSet<int> companies)
    {
        foreach (var link in graph.Outgoing(person))
        {
            if (graph.LinkKindOf(link) == LinkKind.Role && graph.ValidAt(link, day) && roles.Contains((CompanyRole)graph.DetailOf(link)))
            {
                companies.Add(graph.ToOf(link));
            }
        }

        foreach (var (company, share) in graph.EffectiveOwnership(person, day, parameters.MaxChain))
        {
            if (share >= parameters.PrincipalShare - RuleParameters.Tolerance)
            {
                companies.Add(company);
            }
        }

        return companies;
    }
}
