namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>One of a saved report's variables, as its document declares it.</summary>
public sealed record ReportParameter(string Name, string Type, string? DefaultValue, bool Required);
