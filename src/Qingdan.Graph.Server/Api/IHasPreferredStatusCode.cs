namespace Qingdan.Graph.Server.Api;

/// <summary>
/// An error that decides the HTTP status of the answer it is in (as graphql-dotnet server's errors of
/// the same name do): a refused request, a forbidden field, a mutation over GET, a store that is down.
/// </summary>
public interface IHasPreferredStatusCode
{
    int PreferredStatusCode { get; }
}
