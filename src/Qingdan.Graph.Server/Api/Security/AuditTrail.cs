using GraphQL;
using GraphQL.Instrumentation;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Findings;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>The people and findings one request read, gathered as fields resolve, written as one audit row at the end.</summary>
public sealed class AuditTrail
{
    private readonly HashSet<string> _entities = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IReadOnlyCollection<string> Entities
    {
        get
        {
            lock (_gate)
            {
                return [.. _entities];
            }
        }
    }

    public void Saw(object? value)
    {
        switch (value)
        {
            case NodeRef { Kind: NodeKind.Person, Placeholder: null } person:
                Add(person.Id.ToString());
                break;
            case FindingView finding:
                Add(finding.Row.Name);
                break;
            case System.Collections.IEnumerable items when value is not string:
                foreach (var item in items)
                {
                    if (item is NodeRef or FindingView)
                    {
                        Saw(item);
                    }
                }

                break;
        }
    }

    private void Add(string id)
    {
        lock (_gate)
        {
            _entities.Add(id);
        }
    }
}

/// <summary>Tells the request's <see cref="AuditTrail"/> about every person and finding a field returns.</summary>
public sealed class AuditMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        // Most fields are scalars: only what can hold a person or a finding reaches the trail. The
        // schema's own fields (introspection) never do, and some of their lists can't be enumerated untyped.
        if (result is NodeRef or FindingView or (System.Collections.IEnumerable and not string) && context is not null
            && !Introspection.Covers(context.FieldDefinition, context.ParentType))
        {
            context?.RequestServices?.GetService<AuditTrail>()?.Saw(result);
        }

        return result;
    }
}
