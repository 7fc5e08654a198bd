namespace Qingdan.Graph.Core.Rules;

/// <summary>A reason the severity table weighs: its code as findings carry it, its weight, and what it means.</summary>
public sealed record SeverityReason(string Code, int Points, string Meaning);
