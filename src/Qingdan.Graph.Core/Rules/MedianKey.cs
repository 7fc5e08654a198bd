namespace Qingdan.Graph.Core.Rules;

/// <summary>The peers of NL5 "employment": a role (its <c>CompanyRole</c> number) at companies of an industry section (upper-case
/// letter).</summary>
public readonly record struct MedianKey(byte Role, char Section);
