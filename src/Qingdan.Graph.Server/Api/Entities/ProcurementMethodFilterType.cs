using Qingdan.Graph.Server.Api.Filtering;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>Operators of a decision's procurement method.</summary>
public sealed class ProcurementMethodFilterType() : WordFilterType<ProcurementMethodType>(
    "ProcurementMethodFilter",
    "a procurement method");
