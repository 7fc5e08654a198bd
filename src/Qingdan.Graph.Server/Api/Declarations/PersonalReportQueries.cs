using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Graph;

namespace Qingdan.Graph.Server.Api.Declarations;

/// <summary><c>report(id)</c>: a personal-matters report by its id.</summary>
internal static class PersonalReportQueries
{
    public static void Add(ObjectGraphType query)
    {
        query.Field<PersonalReportType>("report")
            .Description("A personal-matters report by id (pr_12); null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The report's id (pr_ and a number).")
            .ResolveAsync(async c =>
            {
                if (!PersonalReport.TryParseId(c.GetArgument<string>("id"), out var id))
                {
                    return null;
                }

                var snapshot = await c.RequestServices!.GetRequiredService<RequestGraph>().SnapshotAsync(c.CancellationToken);
                return snapshot.Reports.Find(id) is { } report ? new ReportView(snapshot, report) : null;
            });
    }
}
