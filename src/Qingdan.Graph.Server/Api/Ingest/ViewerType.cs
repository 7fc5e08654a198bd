using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>Who is asking: the key's name, role and scope (the console shows admins their pages).</summary>
public sealed class ViewerType : ObjectGraphType<(string Name, string Role, string? Scope)>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The caller: the API key's name and its role.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The key's name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<RoleType>>("role").Description("The key's role.").Resolve(c => c.Source.Role);
        Field<StringGraphType>("scope")
            .Description("The region prefixes and agency ids the caller may read (comma-separated); null when unscoped.")
            .Resolve(c => c.Source.Scope);
    }
}
