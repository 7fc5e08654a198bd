using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>An <c>order</c> item of <c>people</c> and <c>companies</c>.</summary>
public sealed class EntityOrderType() : OrderInputType<EntityField>("EntityOrder", "people and companies");
