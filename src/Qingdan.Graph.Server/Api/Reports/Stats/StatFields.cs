using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>Adds a subject's stats query (<c>findingStats</c>…) with the arguments every stats query takes.</summary>
internal static class StatFields
{
    public static FieldBuilder<object?, object> Add<TRow, TStat, TGroup, TCondition, TOrder, TWhere>(
        ObjectGraphType<object?> query,
        string name,
        string description,
        StatSubject<TRow> subject,
        Func<IResolveFieldContext, Task<IEnumerable<TRow>>> rows)
        where TStat : IGraphType
        where TGroup : StatGroupEnumType
        where TCondition : IInputObjectGraphType
        where TOrder : IInputObjectGraphType
        where TWhere : IInputObjectGraphType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TStat>>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<TGroup>>>>(
                "groupBy",
                "What to group by; an empty list makes one group of every row.")
            .Argument<TWhere>("where", $"Which {subject.Plural}.")
            .Argument<ListGraphType<NonNullGraphType<TCondition>>>("having", "Which groups: every condition holds.")
            .Argument<ListGraphType<NonNullGraphType<TOrder>>>(
                "order",
                "The groups' order; by the grouped values in the order of groupBy when omitted.")
            .Argument<IntGraphType>("first", $"At most this many groups (up to {StatQuery.MaxGroups:N0}); all when omitted.")
            .ResolveAsync(async c =>
            {
                var query = StatQuery.Read(c);
                return (object?)StatEngine.Group(subject, await rows(c), query);
            });
}
