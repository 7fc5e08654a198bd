using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>How a search hit matched: the tiers of the ranking.</summary>
public sealed class SearchMatchType : EnumerationGraphType<SearchMatch>
{
    public SearchMatchType()
    {
        Name = "SearchMatch";
        Description = "How the field matched the text: every exact hit ranks before every prefix hit, and those before substrings.";
        Add("EXACT", SearchMatch.Exact, "The field, normalised, is the text.");
        Add("PREFIX", SearchMatch.Prefix, "The field starts with the text (identifiers from 4 characters, phones from 3 digits).");
        Add("SUBSTRING", SearchMatch.Substring, "The field contains the text further in (names and addresses from 2 characters, phones " +
            "from 4 digits; never identifiers).");
    }
}
