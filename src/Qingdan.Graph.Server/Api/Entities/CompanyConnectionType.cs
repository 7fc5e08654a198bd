namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A page of <c>companies</c>.</summary>
public sealed class CompanyConnectionType() : EntityConnectionType<CompanyType>("CompanyConnection", "companies");
