using GraphQL.Types;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>
/// A vocabulary the store keeps as a C# enum, served as a GraphQL enum: each value named as its wire word
/// in upper case (<c>IN_PROGRESS</c>), as <see cref="WordEnumType"/> names words, but standing for the enum
/// value itself, so that resolvers return and arguments and filters receive the typed value.
/// </summary>
public abstract class VocabularyEnumType<TEnum> : EnumerationGraphType
    where TEnum : struct, Enum
{
    protected VocabularyEnumType(string name, string description, params (TEnum Value, string Description)[] values)
    {
        Name = name;
        Description = description;
        foreach (var (value, meaning) in values)
        {
            Add(Wire.Name(value).ToUpperInvariant(), value, meaning);
        }
    }
}
