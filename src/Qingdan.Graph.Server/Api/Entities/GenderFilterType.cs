using Qingdan.Graph.Server.Api.Filtering;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>Operators of a person's gender.</summary>
public sealed class GenderFilterType() : WordFilterType<GenderType>("GenderFilter", "a gender");
