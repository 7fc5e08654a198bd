using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>The field a search hit matched on.</summary>
public sealed class SearchFieldType : EnumerationGraphType<SearchField>
{
    public SearchFieldType()
    {
        Name = "SearchField";
        Description = "The field a search hit matched on; when several match in the same tier, the first of this list is given.";
        Add("NAME", SearchField.Name, "The name (normalised as ingest normalises names).");
        Add("IDENTITY_NUMBER", SearchField.IdentityNumber, "A person's identity number; analysts cannot search on it.");
        Add("CREDIT_CODE", SearchField.CreditCode, "A company's or an agency's unified social credit code.");
        Add("PHONE", SearchField.Phone, "A phone number, compared digit for digit (separators and a leading 86 ignored).");
        Add("ADDRESS", SearchField.Address, "An address (normalised as names are); analysts search companies' addresses only.");
    }
}
