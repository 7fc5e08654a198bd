namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>One ranked search result: the entity, the field and tier it matched by, that field's text as stated, and what ranks it.</summary>
public sealed record SearchHit(NodeRef Entity, SearchField Field, SearchMatch Match, string Text, bool Official, bool WithFindings);
