using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>A stored finding with its body parsed once.</summary>
public sealed class FindingView(FindingRow row)
{
    private FindingBody? _body;

    public FindingRow Row { get; } = row;

    public FindingBody Body => _body ??= FindingBody.Parse(Row.Body);
}
