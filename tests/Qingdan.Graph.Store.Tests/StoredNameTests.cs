using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Tests;

/// <summary>Stored statuses, sexes and methods are the enum names: the names of the vocabulary table (Wire) must be ToString's, value for
/// value.</summary>
public sealed class StoredNameTests
{
    [Fact]
    public void Every_name_is_what_ToString_gives_and_null_stays_null()
    {
        Assert.All(Enum.GetValues<IdentifierStatus>(), v => Assert.Equal(v.ToString(), Wire.StoredName<IdentifierStatus>(v)));
        Assert.All(Enum.GetValues<Sex>(), v => Assert.Equal(v.ToString(), Wire.StoredName<Sex>(v)));
        Assert.All(Enum.GetValues<ProcurementMethod>(), v => Assert.Equal(v.ToString(), Wire.StoredName<ProcurementMethod>(v)));
        Assert.Null(Wire.StoredName<Sex>(null));
    }

    [Fact]
    public void A_value_without_a_name_is_written_as_ToString_writes_it()
    {
        const IdentifierStatus undefined = (IdentifierStatus)97;

        Assert.Equal("97", Wire.StoredName<IdentifierStatus>(undefined));
    }
}
