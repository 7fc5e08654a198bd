using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>Who is asking: the key's name and role (the console shows admins their pages).</summary>
public sealed class ViewerType : ObjectGraphType<(string Name, string Role)>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The caller: the API key's name and its role.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The key's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<RoleType>>("role").Description("The key's role.").Resolve(c => c.Source.Role);
        Field<StringGraphType>("scope")
            .Description("The key's or token's scope in canonical form (region prefixes, then agency ids, comma-separated); null when " +
                "unscoped.")
            .Resolve(c => c.User?.FindFirst(Security.Access.ScopeClaim)?.Value);
    }
}
