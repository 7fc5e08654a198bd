using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>The roles an API key has (docs/security.md).</summary>
public sealed class RoleType() : WordEnumType(
    "Role",
    "What an API key may do (docs/security.md).",
    (Roles.Admin, "Ingest, sweeps, keys, the audit log — and everything else."),
    (Roles.Investigator, "Everything about people, and triage."),
    (Roles.Analyst, "Reports; identity numbers masked; no triage."));
