using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Tests.Model;

public sealed class RegionCodesTests
{
    [Theory]
    [InlineData("440000", "44")]
    [InlineData("440800", "4408")]
    [InlineData("440802", "440802")]
    public void Trailing_zero_pairs_are_stripped(string code, string prefix) => Assert.Equal(prefix, RegionCodes.Prefix(code));

    [Theory]
    [InlineData("440000", "440802", true)]
    [InlineData("440800", "440802", true)]
    [InlineData("440802", "440802", true)]
    [InlineData("440802", "440803", false)]
    [InlineData("440800", "441802", false)]
    public void A_county_lies_inside_its_city_and_province(string outer, string inner, bool inside) =>
        Assert.Equal(inside, RegionCodes.Contains(outer, inner));
}
