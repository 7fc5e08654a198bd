namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A page of <c>people</c>.</summary>
public sealed class PersonConnectionType() : EntityConnectionType<PersonType>("PersonConnection", "people");
