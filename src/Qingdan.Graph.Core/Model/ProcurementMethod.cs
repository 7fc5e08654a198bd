namespace Qingdan.Graph.Core.Model;

/// <summary>How a procurement was run (OCDS <c>tender.procurementMethod</c>).</summary>
public enum ProcurementMethod
{
    Open,
    Selective,
    Limited,
    Direct,
}
