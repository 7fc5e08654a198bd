namespace Qingdan.Graph.Store.Security;

/// <summary>
/// What <see cref="ApiKeys.CheckAsync"/> found for a token whose secret matched: the key, and whether it has expired
/// (then <see cref="ApiKeyRow.ExpiresAt"/> says when). A token that matches nothing live is no check at all (null).
/// </summary>
public sealed record ApiKeyCheck(ApiKeyRow Key, bool Expired);
