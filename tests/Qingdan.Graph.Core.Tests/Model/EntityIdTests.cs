using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Tests.Model;

public sealed class EntityIdTests
{
    [Theory]
    [InlineData(NodeKind.Person, 123, "p_123")]
    [InlineData(NodeKind.Company, 77, "c_77")]
    [InlineData(NodeKind.Agency, 5, "a_5")]
    [InlineData(NodeKind.Decision, 9, "d_9")]
    public void Written_form_round_trips(NodeKind kind, long value, string written)
    {
        var id = new EntityId(kind, value);

        Assert.Equal(written, id.ToString());
        Assert.True(EntityId.TryParse(written, out var parsed));
        Assert.Equal(id, parsed);
    }

    [Theory]
    [InlineData("x_1")]
    [InlineData("p_")]
    [InlineData("p_-4")]
    [InlineData("p_0")]
    [InlineData("p123")]
    public void Malformed_ids_are_not_read(string text) => Assert.False(EntityId.TryParse(text, out _));
}
