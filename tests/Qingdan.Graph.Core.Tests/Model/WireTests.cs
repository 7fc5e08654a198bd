using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Tests.Model;

public sealed class WireTests
{
    [Fact]
    public void Vocabulary_travels_in_snake_case()
    {
        Assert.Equal("child_spouse", Wire.Name(FamilyRelation.ChildSpouse));
        Assert.Equal("legal_representative", Wire.Name(CompanyRole.LegalRepresentative));
        Assert.Equal("consulting_fee", Wire.Name(TransactionKind.ConsultingFee));
    }

    [Fact]
    public void Wire_names_read_back_regardless_of_case_and_space()
    {
        Assert.True(Wire.TryParse<FamilyRelation>(" Sibling_In_Law ", out var relation));
        Assert.Equal(FamilyRelation.SiblingInLaw, relation);
    }

    [Fact]
    public void Unknown_word_is_not_read()
    {
        Assert.False(Wire.TryParse<FamilyRelation>("cousin", out var relation));
        Assert.Null(relation);
    }

    [Fact]
    public void Every_relation_of_the_bundle_format_is_known()
    {
        string[] format = ["spouse", "child", "child_spouse", "parent", "sibling", "parent_in_law", "sibling_in_law", "grandchild", "grandparent", "other_relative"];

        Assert.Equal(format, Wire.All<FamilyRelation>());
    }
}
