namespace Qingdan.Graph.Core.Identifiers;

/// <summary>What an identifier as stated by a registry can be used for.</summary>
public enum IdentifierStatus
{
    /// <summary>Complete and its check character is right: used for matching.</summary>
    Valid,

    /// <summary>Some characters hidden with <c>*</c>: narrows a match, never decides one alone.</summary>
    Masked,

    /// <summary>Wrong shape or wrong check character: kept, flagged, never used to match.</summary>
    Invalid,
}
