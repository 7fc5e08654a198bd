using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Tests.Model;

public sealed class OwnershipLinkTests
{
    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.4)]
    [InlineData(double.NaN)]
    public void Share_outside_zero_to_one_is_refused(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OwnershipLink
        {
            From = new EntityId(NodeKind.Person, 1),
            To = new EntityId(NodeKind.Company, 2),
            Share = share,
        });

    [Fact]
    public void Financial_institution_is_industry_section_J()
    {
        Assert.True(new Company { Id = new EntityId(NodeKind.Company, 1), Name = "银行", Industry = "J66" }.IsFinancialInstitution);
        Assert.False(new Company { Id = new EntityId(NodeKind.Company, 2), Name = "建材", Industry = "E48" }.IsFinancialInstitution);
    }
}
