namespace Qingdan.Graph.Core.Model;

/// <summary>Where a fact was read: the bundle's id, the file in it and the 1-based line (the header is line 1).</summary>
public sealed record SourceRef(string Bundle, string File, int Line);
