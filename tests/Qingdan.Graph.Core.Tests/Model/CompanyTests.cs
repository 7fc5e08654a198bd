using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Tests.Model;

public sealed class CompanyTests
{
    [Fact]
    public void Financial_institution_is_industry_section_J()
    {
        Assert.True(new Company { Id = new EntityId(NodeKind.Company, 1), Name = "银行", Industry = "J66" }.IsFinancialInstitution);
        Assert.False(new Company { Id = new EntityId(NodeKind.Company, 2), Name = "建材", Industry = "E48" }.IsFinancialInstitution);
    }
}
