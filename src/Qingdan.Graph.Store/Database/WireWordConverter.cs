using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Database;

/// <summary>
/// Keeps a vocabulary enum in its column as its wire word (<see cref="Wire.Name{TEnum}"/>: <c>in_progress</c>,
/// <c>rolled_back</c>), the word the column held when it was a string, so typing the column changed no stored
/// value and needed no migration. Raw SQL comparing such a column spells the word with <see cref="Wire.Name{TEnum}"/> too.
/// </summary>
internal sealed class WireWordConverter<TEnum>() : ValueConverter<TEnum, string>(value => Wire.Name(value), word => Parse(word))
    where TEnum : struct, Enum
{
    private static TEnum Parse(string word) =>
        Wire.TryParse<TEnum>(word, out var value) ? value.Value : throw new InvalidOperationException(
            $"'{word}' is not a {typeof(TEnum).Name}: one of {string.Join(", ", Wire.All<TEnum>())}.");
}
