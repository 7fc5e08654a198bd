using Qingdan.Graph.Core.Text;

namespace Qingdan.Graph.Core.Tests.Text;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("王 建国", "王建国")]
    [InlineData("王\u3000建国", "王建国")]
    [InlineData("阿卜杜·热合曼", "阿卜杜热合曼")]
    [InlineData("阿卜杜•热合曼", "阿卜杜热合曼")]
    [InlineData("阿卜杜．热合曼", "阿卜杜热合曼")]
    [InlineData("湛江市海滨建材有限责任公司", "湛江市海滨建材有限公司")]
    [InlineData("湛江（霞山）建材有限公司", "湛江(霞山)建材有限公司")]
    [InlineData("Zhanjiang Ｂay Co", "ZHANJIANGBAYCO")]
    public void Names_that_registries_spell_differently_normalise_alike(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Fact]
    public void Different_names_stay_different() =>
        Assert.NotEqual(NameNormalizer.Normalize("王建国"), NameNormalizer.Normalize("王建军"));

    [Fact]
    public void Missing_name_normalises_to_empty() => Assert.Equal(string.Empty, NameNormalizer.Normalize(null));

    [Fact]
    public void Upper_case_is_the_invariant_one_for_every_character()
    {
        var differing = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => NameNormalizer.Upper(c) != char.ToUpperInvariant(c))
            .ToList();
        Assert.Empty(differing);
        Assert.Equal("ÉCOLEΑΒΓ王", NameNormalizer.Normalize("école αβγ 王"));
    }
}
