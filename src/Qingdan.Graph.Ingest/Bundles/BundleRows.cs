using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Csv;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Bundles;

/// <summary>
/// How each bundle file's rows become statements (registry-bundle.md "Files and columns"), whoever read
/// the row: a bundle's CSV file, or a mapped record of a delivered file (mapping.md). Every value is
/// parsed and checked here, and a row that cannot be read throws <see cref="RowRejectedException"/>.
/// </summary>
internal static partial class BundleRows
{
    /// <summary>
    /// Reads a node row's typed values (dates, amounts, booleans, counts) without its required ones or
    /// its refs: a mapped record is checked value by value on each row that states part of it, and
    /// whole only once every row is in.
    /// </summary>
    public static void CheckValues(BundleFile file, RowReader row)
    {
        if (file == BundleFiles.People)
        {
            row.BirthDate("birth_date");
        }
        else if (file == BundleFiles.Companies)
        {
            row.Bool("listed");
            row.Date("founded");
        }
        else if (file == BundleFiles.Decisions)
        {
            row.Amount("amount");
            row.Date("applied_date");
            row.Date("decided_date");
            row.Count("bidders");
        }
        else if (file == BundleFiles.Reports)
        {
            row.Date("report_date");
            row.Date("submitted_date");
        }
    }

    public static Task AgencyAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(row.Optional("code"));
        WarnInvalid(sink, source, code?.Problem);
        return sink.AddNodeAsync(new NodeStatement
        {
            Source = source,
            Kind = NodeKind.Agency,
            Ref = row.Required("ref"),
            Name = row.Required("name"),
            Identifier = code?.Value,
            IdentifierStatus = code?.Status,
            RegionCode = RegionCode(sink, source, row) ?? code?.RegionCode,
            Sectors = row.Optional("sectors") is { } sectors
                ? FieldParsers.ParseList(sectors).Select(s => s.ToUpperInvariant()).ToArray()
                : [],
            Extra = row.Extra(),
        }, cancellationToken);
    }

    public static Task PersonAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var number = IdentityNumber.Parse(row.Optional("id_number"));
        WarnInvalid(sink, source, number?.Problem);
        var birth = row.BirthDate("birth_date");
        Sex? gender = row.Optional("gender")?.ToUpperInvariant() switch
        {
            null => null,
            "M" or "MALE" or "男" => Sex.Male,
            "F" or "FEMALE" or "女" => Sex.Female,
            var other => Warn<Sex>(sink, source, $"gender '{other}' is not M or F; ignored"),
        };
        return sink.AddNodeAsync(new NodeStatement
        {
            Source = source,
            Kind = NodeKind.Person,
            Ref = row.Required("ref"),
            Name = row.Required("name"),
            Identifier = number?.Value,
            IdentifierStatus = number?.Status,
            BirthDate = birth.Day,
            BirthMonth = birth.Month,
            Gender = gender,
            Phone = row.Optional("phone"),
            Address = row.Optional("address"),
            Extra = row.Extra(),
        }, cancellationToken);
    }

    public static Task CompanyAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var code = CreditCode.Parse(row.Optional("credit_code"));
        WarnInvalid(sink, source, code?.Problem);
        return sink.AddNodeAsync(new NodeStatement
        {
            Source = source,
            Kind = NodeKind.Company,
            Ref = row.Required("ref"),
            Name = row.Required("name"),
            Identifier = code?.Value,
            IdentifierStatus = code?.Status,
            Listed = row.Bool("listed"),
            RegionCode = RegionCode(sink, source, row) ?? (code is { IsValid: true } ? code.RegionCode : null),
            Industry = row.Optional("industry")?.ToUpperInvariant(),
            Status = row.Optional("status"),
            Founded = row.Date("founded"),
            Address = row.Optional("address"),
            Phone = row.Optional("phone"),
            Extra = row.Extra(),
        }, cancellationToken);
    }

    public static async Task DecisionAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var agency = row.Optional("agency_ref");
        var beneficiary = row.Optional("beneficiary_ref");
        RequireKnown(sink, NodeKind.Agency, agency, "agency_ref");
        RequireKnown(sink, NodeKind.Company, beneficiary, "beneficiary_ref");
        ProcurementMethod? method = null;
        if (row.Optional("method") is { } methodText)
        {
            method = Wire.TryParse<ProcurementMethod>(methodText, out var parsed)
                ? parsed
                : Warn<ProcurementMethod>(sink, source, $"method '{methodText}' is not open, selective, limited or direct; ignored");
        }

        var reference = row.Required("ref");
        await sink.AddNodeAsync(new NodeStatement
        {
            Source = source,
            Kind = NodeKind.Decision,
            Ref = reference,
            Name = row.Optional("title") ?? reference,
            DecisionKind = row.Required("kind").ToLowerInvariant(),
            Amount = row.Amount("amount"),
            AppliedDate = row.Date("applied_date"),
            DecidedDate = row.RequiredDate("decided_date"),
            Method = method,
            Bidders = row.Count("bidders"),
            Extra = row.Extra(),
        }, cancellationToken);
    }

    public static async Task DecisionLinksAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var decision = new NodeRef(NodeKind.Decision, row.Required("ref"));
        if (row.Optional("agency_ref") is { } agency)
        {
            await sink.AddLinkAsync(
                new LinkStatement { Source = source, Kind = LinkKind.Issued, From = new NodeRef(NodeKind.Agency, agency), To = decision },
                cancellationToken);
        }

        if (row.Optional("beneficiary_ref") is { } beneficiary)
        {
            await sink.AddLinkAsync(new LinkStatement
            {
                Source = source,
                Kind = LinkKind.Beneficiary,
                From = decision,
                To = new NodeRef(NodeKind.Company, beneficiary)
            }, cancellationToken);
        }
    }

    public static Task PositionAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var (start, end, extra) = Interval(row);
        return sink.AddLinkAsync(new LinkStatement
        {
            Source = source,
            Kind = LinkKind.Position,
            From = Known(sink, NodeKind.Person, row, "person_ref"),
            To = Known(sink, NodeKind.Agency, row, "agency_ref"),
            Start = start,
            End = end,
            Title = row.Optional("title"),
            Rank = row.Optional("rank"),
            Powers = row.Optional("powers") is { } powers ? FieldParsers.ParseList(powers).Select(p => p.ToLowerInvariant()).ToArray() : [],
            Extra = extra,
        }, cancellationToken);
    }

    public static Task FamilyAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var relation = row.Word<FamilyRelation>("relation", "relation");
        var from = Known(sink, NodeKind.Person, row, "person_ref");
        var to = Known(sink, NodeKind.Person, row, "relative_ref");
        if (from == to)
        {
            throw new RowRejectedException($"person '{from.Ref}' cannot be their own {Wire.Name(relation)}");
        }

        var (start, end, extra) = Interval(row);
        return sink.AddLinkAsync(new LinkStatement
        {
            Source = source,
            Kind = LinkKind.Family,
            From = from,
            To = to,
            Start = start,
            End = end,
            Detail = Wire.Name(relation),
            Extra = extra,
        }, cancellationToken);
    }

    public static Task AssociateAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var kind = row.Word<AssociateKind>("kind", "associate kind");
        var (start, end, extra) = Interval(row);
        return sink.AddLinkAsync(new LinkStatement
        {
            Source = source,
            Kind = LinkKind.Associate,
            From = Known(sink, NodeKind.Person, row, "person_ref"),
            To = Known(sink, NodeKind.Person, row, "associate_ref"),
            Start = start,
            End = end,
            Detail = Wire.Name(kind),
            Note = row.Optional("basis"),
            Extra = extra,
        }, cancellationToken);
    }

    public static Task ShareholdingAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var holderKind = row.Word<HolderKind>("holder_kind", "holder kind");
        var share = row.Share("share");
        var (start, end, extra) = Interval(row);
        var holder = Known(sink, holderKind == HolderKind.Person ? NodeKind.Person : NodeKind.Company, row, "holder_ref");
        var company = Known(sink, NodeKind.Company, row, "company_ref");
        if (holder == company)
        {
            throw new RowRejectedException($"company '{company.Ref}' cannot hold shares in itself");
        }

        return sink.AddLinkAsync(new LinkStatement
        {
            Source = source,
            Kind = LinkKind.Ownership,
            From = holder,
            To = company,
            Start = start,
            End = end,
            Share = share,
            Amount = row.Amount("subscribed_capital"),
            Extra = extra,
        }, cancellationToken);
    }

    public static Task RoleAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var role = row.Word<CompanyRole>("role", "role");
        var (start, end, extra) = Interval(row);
        return sink.AddLinkAsync(new LinkStatement
        {
            Source = source,
            Kind = LinkKind.Role,
            From = Known(sink, NodeKind.Person, row, "person_ref"),
            To = Known(sink, NodeKind.Company, row, "company_ref"),
            Start = start,
            End = end,
            Detail = Wire.Name(role),
            MonthlySalary = row.Amount("monthly_salary"),
            Nominal = row.Bool("nominal"),
            Extra = extra,
        }, cancellationToken);
    }

    public static Task ParticipationAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var role = row.Word<ParticipationRole>("role", "participation role");
        return sink.AddLinkAsync(new LinkStatement
        {
            Source = source,
            Kind = LinkKind.Participation,
            From = Known(sink, NodeKind.Person, row, "person_ref"),
            To = Known(sink, NodeKind.Decision, row, "decision_ref"),
            Detail = Wire.Name(role),
            Extra = row.Extra(),
        }, cancellationToken);
    }

    public static Task BidAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken) =>
        sink.AddLinkAsync(new LinkStatement
        {
            Source = source,
            Kind = LinkKind.Bid,
            From = Known(sink, NodeKind.Company, row, "company_ref"),
            To = Known(sink, NodeKind.Decision, row, "decision_ref"),
            Extra = row.Extra(),
        }, cancellationToken);

    public static Task TransactionAsync(IStatementSink sink, RowReader row, SourceRef source, CancellationToken cancellationToken)
    {
        var kind = row.Word<TransactionKind>("kind", "transaction kind");
        var fromKind = row.Word<HolderKind>("from_kind", "from_kind");
        var toKind = row.Word<HolderKind>("to_kind", "to_kind");
        var date = row.RequiredDate("date");
        var end = row.Date("end_date");
        if (end < date)
        {
            throw new RowRejectedException($"end_date {end:yyyy-MM-dd} is before date {date:yyyy-MM-dd}");
        }

        var from = Known(sink, fromKind == HolderKind.Person ? NodeKind.Person : NodeKind.Company, row, "from_ref");
        var to = Known(sink, toKind == HolderKind.Person ? NodeKind.Person : NodeKind.Company, row, "to_ref");
        if (from == to)
        {
            throw new RowRejectedException($"a transaction needs two parties; from and to are both {from}");
        }

        return sink.AddLinkAsync(new LinkStatement
        {
            Source = source,
            Kind = LinkKind.Transaction,
            From = from,
            To = to,
            Start = date,
            End = end,
            Detail = Wire.Name(kind),
            Amount = row.Amount("amount"),
            Note = row.Optional("note"),
            Extra = row.Extra(),
        }, cancellationToken);
    }

    /// <summary>
    /// A link's interval: a month (<c>YYYY-MM</c>) starts on its first day and ends on its last, and is
    /// kept as published among the link's extra properties.
    /// </summary>
    private static (DateOnly? Start, DateOnly? End, IReadOnlyDictionary<string, string>? Extra) Interval(RowReader row)
    {
        Dictionary<string, string>? published = null;
        var start = row.Bound("start_date", end: false, ref published);
        var end = row.Bound("end_date", end: true, ref published);
        if (start is { } s && end is { } e && e < s)
        {
            throw new RowRejectedException($"end_date {e:yyyy-MM-dd} is before start_date {s:yyyy-MM-dd}");
        }

        var extra = row.Extra();
        if (published is null)
        {
            return (start, end, extra);
        }

        foreach (var (column, value) in extra ?? new Dictionary<string, string>())
        {
            published.TryAdd(column, value);
        }

        return (start, end, published);
    }

    private static NodeRef Known(IStatementSink sink, NodeKind kind, RowReader row, string column)
    {
        var node = new NodeRef(kind, row.Required(column));
        return sink.Knows(node)
            ? node
            : throw new RowRejectedException($"unknown {column} '{node.Ref}': no {FileOf(kind)} row of this registry has that ref", column);
    }

    private static void RequireKnown(IStatementSink sink, NodeKind kind, string? reference, string column)
    {
        if (reference is not null && !sink.Knows(new NodeRef(kind, reference)))
        {
            throw new RowRejectedException($"unknown {column} '{reference}': no {FileOf(kind)} row of this registry has that ref", column);
        }
    }

    private static string FileOf(NodeKind kind) => kind switch
    {
        NodeKind.Person => "people.csv",
        NodeKind.Company => "companies.csv",
        NodeKind.Agency => "agencies.csv",
        _ => "decisions.csv",
    };

    private static string? RegionCode(IStatementSink sink, SourceRef source, RowReader row)
    {
        var code = row.Optional("region_code");
        if (code is null)
        {
            return null;
        }

        if (code.Length == 6 && code.All(char.IsAsciiDigit))
        {
            return code;
        }

        Warn(sink, source, $"region_code '{code}' is not six digits; ignored");
        return null;
    }

    private static void WarnInvalid(IStatementSink sink, SourceRef source, string? problem)
    {
        if (problem is not null)
        {
            Warn(sink, source, $"{problem}; kept, not used for matching");
        }
    }

    private static TValue? Warn<TValue>(IStatementSink sink, SourceRef source, string message)
        where TValue : struct
    {
        Warn(sink, source, message);
        return null;
    }

    private static void Warn(IStatementSink sink, SourceRef source, string message) =>
        sink.Report(new RowIssue(source.File, source.Line, message, string.Empty, Rejected: false));
}
