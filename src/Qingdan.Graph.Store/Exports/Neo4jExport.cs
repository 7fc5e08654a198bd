using System.Globalization;
using System.Reflection;
using System.Text;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Exports;

/// <summary>
/// The graph for teams that run Neo4j: node and relationship CSV files in neo4j-admin import's
/// header format (one ID space, <c>Entity</c>, holding the canonical ids), the constraints and
/// indexes, the four rules in Cypher, and the import command. See docs/exports.md.
/// </summary>
public static class Neo4jExport
{
    private const string IdSpace = "Entity";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Relationship columns beyond the endpoints, type, validity and sources, per kind.</summary>
    private static readonly Dictionary<LinkKind, (string Header, Func<SnapshotLink, string?> Value)[]> Columns = new()
    {
        [LinkKind.Position] = [("title", l => l.Title)],
        [LinkKind.Family] = [("relation", l => l.Detail)],
        [LinkKind.Associate] = [("kind", l => l.Detail)],
        [LinkKind.Ownership] = [("share:double", l => Number(l.Share)), ("capital:double", l => Number(l.Amount))],
        [LinkKind.Role] = [("role", l => l.Detail), ("title", l => l
            .Title), ("monthlySalary:double", l => Number(l.MonthlySalary)), ("nominal:boolean", l => Bool(l.Nominal))],
        [LinkKind.Participation] = [("role", l => l.Detail)],
        [LinkKind.Issued] = [],
        [LinkKind.Beneficiary] = [],
        [LinkKind.Bid] = [("amount:double", l => Number(l.Amount))],
        [LinkKind.Transaction] = [("kind", l => l.Detail), ("amount:double", l => Number(l.Amount)), ("date:date", l => Day(l.Start))],
    };

    /// <summary>Writes the export into a new <paramref name="folder"/>, whole or not at all (see <see cref="ExportFolder"/>).</summary>
    public static Task<ExportSummary> WriteAsync(GraphSnapshot graph, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ExportFolder.WriteAsync(folder, (partial, token) => WriteFilesAsync(graph, partial, token), cancellationToken);
    }

    private static async Task<ExportSummary> WriteFilesAsync(GraphSnapshot graph, string folder, CancellationToken cancellationToken)
    {
        var files = new List<string>();

        async Task WriteFileAsync(string name, IEnumerable<string> lines)
        {
            await File.WriteAllLinesAsync(Path.Combine(folder, name), lines, Utf8, cancellationToken);
            files.Add(name);
        }

        await WriteFileAsync("nodes-person.csv", Rows(graph, NodeKind.Person,
            $"id:ID({IdSpace}),:LABEL,name,idNumber,idNumberStatus,birthDate:date,gender",
            (node, value) =>
            {
                var p = (Person)value;
                return [p.Id.ToString(), graph.IsOfficial(node) ? "Person;Official" : "Person", p.Name, p.IdNumber?
                    .Value, Status(p.IdNumber?.Status), Day(p.BirthDate), p.Gender is { } g ? Wire.Name(g) : null];
            }));
        await WriteFileAsync("nodes-company.csv", Rows(graph, NodeKind.Company,
            $"id:ID({IdSpace}),:LABEL,name,creditCode,creditCodeStatus,listed:boolean,regionCode,industry,status,founded:date",
            (_, value) =>
            {
                var c = (Company)value;
                return [c.Id.ToString(), "Company", c.Name, c.CreditCode?.Value, Status(c.CreditCode?.Status), Bool(c.Listed), c
                    .RegionCode, c.Industry, c.Status, Day(c.Founded)];
            }));
        await WriteFileAsync("nodes-agency.csv", Rows(graph, NodeKind.Agency,
            $"id:ID({IdSpace}),:LABEL,name,code,regionCode,sectors:string[]",
            (_, value) =>
            {
                var a = (Agency)value;
                return [a.Id.ToString(), "Agency", a.Name, a.Code?.Value, a.RegionCode, a.Sectors.Count > 0
                    ? string.Join(';', a.Sectors)
                    : null];
            }));
        await WriteFileAsync("nodes-decision.csv", Rows(graph, NodeKind.Decision,
            $"id:ID({IdSpace}),:LABEL,kind,title,amount:double,currency,appliedDate:date,decidedDate:date,method,bidders:int",
            (_, value) =>
            {
                var d = (Decision)value;
                return [d.Id.ToString(), "Decision", d.Kind, d.Title, Number(d.Amount), d.Currency, Day(d.AppliedDate), Day(
                    d.DecidedDate), d.Method is { } m ? Wire.Name(m) : null, d.Bidders?.ToString(CultureInfo.InvariantCulture)];
            }));

        foreach (var (kind, columns) in Columns)
        {
            var header = $":START_ID({IdSpace}),:END_ID({IdSpace}),:TYPE,validFrom:date,validTo:date,sources:string[]"
                + string.Concat(columns.Select(c => "," + c.Header));
            await WriteFileAsync($"relationships-{Wire.Name(kind).Replace('_', '-')}.csv", Links(graph, kind, header, columns));
        }

        await WriteFileAsync("constraints.cypher", Constraints());
        await WriteFileAsync("rules.cypher", [Rules().TrimEnd('\n')]);
        await WriteFileAsync("import.sh", ImportScript(files));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(folder, "import.sh"), UnixFileMode.UserRead | UnixFileMode.UserWrite
                | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead
                | UnixFileMode.GroupExecute
                | UnixFileMode.OtherRead
                | UnixFileMode.OtherExecute);
        }
        return new ExportSummary(graph.NodeCount, graph.LinkCount, files);
    }

    /// <summary>The rules as Cypher (also written into every export).</summary>
    public static string Rules()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Qingdan.Graph.Store.Exports.rules.cypher")
            ?? throw new InvalidOperationException("rules.cypher is not embedded in Qingdan.Graph.Store.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Rows(GraphSnapshot graph, NodeKind kind, string header, Func<int, object, string?[]> row)
    {
        yield return header;
        for (var node = 0; node < graph.NodeCount; node++)
        {
            if (graph.KindOf(node) == kind)
            {
                yield return CsvLine.Of(row(node, graph.NodeOf(node)));
            }
        }
    }

    private static IEnumerable<string> Links(
        GraphSnapshot graph,
        LinkKind kind,
        string header,
        (string Header, Func<SnapshotLink, string?> Value)[] columns)
    {
        yield return header;
        var type = kind.ToString().ToUpperInvariant();
        for (var link = 0; link < graph.LinkCount; link++)
        {
            if (graph.LinkKindOf(link) != kind)
            {
                continue;
            }

            var fact = graph.FactOf(link);
            var sources = string.Join(
                ';',
                graph.SourcesOf(link).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Bundle}/{s.File}:{s.Line}")));
            string?[] fields = [graph.IdOf(graph.FromOf(link)).ToString(), graph.IdOf(graph.ToOf(link))
                .ToString(), type, Day(fact.Start), Day(fact.End), sources];
            yield return CsvLine.Of(fields.Concat(columns.Select(c => c.Value(fact))));
        }
    }

    /// <summary>Neo4j 4.4 syntax (the grammar the export is checked with); Neo4j 5 writes FOR … REQUIRE.</summary>
    private static IEnumerable<string> Constraints() =>
    [
        "// Run once after neo4j-admin import (Neo4j 4.4): one unique id per entity, indexes on what investigators search by.",
        "CREATE CONSTRAINT ON (n:Person) ASSERT n.id IS UNIQUE;",
        "CREATE CONSTRAINT ON (n:Company) ASSERT n.id IS UNIQUE;",
        "CREATE CONSTRAINT ON (n:Agency) ASSERT n.id IS UNIQUE;",
        "CREATE CONSTRAINT ON (n:Decision) ASSERT n.id IS UNIQUE;",
        "CREATE INDEX ON :Person(name);",
        "CREATE INDEX ON :Person(idNumber);",
        "CREATE INDEX ON :Company(name);",
        "CREATE INDEX ON :Company(creditCode);",
        "CREATE INDEX ON :Decision(kind);",
    ];

    private static IEnumerable<string> ImportScript(IReadOnlyList<string> files)
    {
        var nodes = string.Join(
            ' ',
            files.Where(f => f.StartsWith("nodes-", StringComparison.Ordinal)).Select(f => $"--nodes=\"$here/{f}\""));
        var relationships = string.Join(
            ' ',
            files.Where(f => f.StartsWith("relationships-", StringComparison.Ordinal)).Select(f => $"--relationships=\"$here/{f}\""));
        const string Options = "--id-type=STRING --multiline-fields=true --array-delimiter=';'";
        return
        [
            "#!/usr/bin/env bash",
            "# Imports this export into an empty Neo4j database (default: neo4j) with neo4j-admin, then run",
            "# constraints.cypher and rules.cypher with cypher-shell. Stop the database first.",
            "set -euo pipefail",
            "here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"",
            "database=\"${1:-neo4j}\"",
            "if neo4j-admin database import full --help >/dev/null 2>&1; then",
            $"  neo4j-admin database import full {Options} {nodes} {relationships} \"$database\"",
            "else",
            $"  neo4j-admin import --database=\"$database\" {Options} {nodes} {relationships}",
            "fi",
        ];
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string? Bool(bool? value) => value is { } v ? Bool(v) : null;

    private static string? Status(IdentifierStatus? status) => status is { } s ? Wire.Name(s) : null;
}
