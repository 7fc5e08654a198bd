using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>Stored statuses, sexes and methods are the enum names: the cached names must be ToString's, value for value.</summary>
public sealed class EnumTextTests
{
    [Fact]
    public void Every_name_is_what_ToString_gives_and_null_stays_null()
    {
        Assert.All(Enum.GetValues<IdentifierStatus>(), v => Assert.Equal(v.ToString(), EnumText<IdentifierStatus>.Of(v)));
        Assert.All(Enum.GetValues<Sex>(), v => Assert.Equal(v.ToString(), EnumText<Sex>.Of(v)));
        Assert.All(Enum.GetValues<ProcurementMethod>(), v => Assert.Equal(v.ToString(), EnumText<ProcurementMethod>.Of(v)));
        Assert.Null(EnumText<Sex>.Of(null));
    }

    [Fact]
    public void A_value_without_a_name_is_written_as_ToString_writes_it()
    {
        var undefined = (IdentifierStatus)97;

        Assert.Equal("97", EnumText<IdentifierStatus>.Of(undefined));
    }
}
