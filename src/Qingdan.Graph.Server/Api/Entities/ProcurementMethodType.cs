using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>How a procurement was tendered.</summary>
public sealed class ProcurementMethodType() : WordEnumType(
    "ProcurementMethod",
    "How a procurement was tendered (OCDS procurementMethod).",
    ("open", "Open tender: any supplier may bid."),
    ("selective", "Selective tender: only suppliers who qualified may bid."),
    ("limited", "Limited: the buyer invited the suppliers."),
    ("direct", "Direct award to one supplier, without competition."));
