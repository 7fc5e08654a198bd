using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Server.Api.Cases;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Ingest;
using Qingdan.Graph.Server.Api.Operations;
using Qingdan.Graph.Server.Api.Reports.Saved;

namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>Triage, sweeps on request, ingest of delivered files, and resolution decisions.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Every change the hub accepts: triage, sweeps on request, ingest of delivered files, resolution decisions.";
        FindingMutations.Add(this);
        OperationsMutations.AddSweep(this);
        IngestFields.AddMutations(this);
        OperationsMutations.AddResolution(this);
        CaseMutations.Add(this);
        Notifications.NotificationMutations.Add(this);
        SavedReportFields.AddMutations(this);
    }

    /// <summary>Who is asking: the API key's name.</summary>
    internal static string Actor(IResolveFieldContext c) => c.User?.Identity?.Name is { Length: > 0 } name ? name : "api";
}
