using GraphQL.Types;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>One path of a finding's evidence.</summary>
public sealed class EvidencePathType : ObjectGraphType<EvidencePathBody>
{
    public EvidencePathType()
    {
        Name = "EvidencePath";
        Description
            = "A path from the official to the company as the sweep saw it: what it shows, the day it held, its entities and links.";
        Field<NonNullGraphType<StringGraphType>>("shows").Description("What the path shows, in a line.").Resolve(c => c.Source.Shows);
        Field<DateType>("on").Description("The day every link of the path held, when the rule asks for one.").Resolve(c => c.Source.On);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceNodeType>>>>("nodes").Description(
            "The entities along the path, in order.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceLinkType>>>>("links").Description(
            "The links between them, in order, each with its sources.").Resolve(c => c.Source.Links);
        Field<EvidenceReportType>("report").Description("REP: the report that left out what the path shows, with its row; null otherwise.")
            .Resolve(c => c.Source.Report);
    }
}
