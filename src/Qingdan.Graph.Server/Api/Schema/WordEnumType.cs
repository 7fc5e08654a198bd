using System.Globalization;
using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>
/// A closed vocabulary the store keeps as words (<c>in_progress</c>, <c>NL9</c>) served as a GraphQL
/// enum: each value is named as the word in upper case, like the schema's other enums
/// (<c>IN_PROGRESS</c>), and stands for the word itself, so that resolvers return and filters receive
/// the store's words unchanged.
/// </summary>
public abstract class WordEnumType : EnumerationGraphType
{
    protected WordEnumType(string name, string description, params (string Word, string Description)[] words)
    {
        Name = name;
        Description = description;
        foreach (var (word, meaning) in words)
        {
            Add(word.ToUpperInvariant(), word, meaning);
        }
    }

    /// <summary>The words, as the store spells them.</summary>
    public IEnumerable<string> Words => Values.Select(v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)!);
}
