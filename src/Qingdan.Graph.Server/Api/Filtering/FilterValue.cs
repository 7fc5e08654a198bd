namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>A filter's value held in an object, so that EF Core sends it as a parameter rather than inlining it in SQL.</summary>
internal sealed class FilterValue<TValue>(TValue value)
{
    public TValue Value { get; } = value;
}
