using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingdan.Graph.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    salt = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    operation = table.Column<string>(type: "TEXT", nullable: false),
                    entities = table.Column<string>(type: "TEXT", nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "entity_redirects",
                columns: table => new
                {
                    from_entity_id = table.Column<long>(type: "INTEGER", nullable: false),
                    to_entity_id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entity_redirects", x => x.from_entity_id);
                });

            migrationBuilder.CreateTable(
                name: "findings",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    rule = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    official_id = table.Column<long>(type: "INTEGER", nullable: false),
                    company_id = table.Column<long>(type: "INTEGER", nullable: false),
                    variants = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    relations = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    agency_id = table.Column<long>(type: "INTEGER", nullable: true),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    triage_status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    assignee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    first_seen_sweep_id = table.Column<long>(type: "INTEGER", nullable: false),
                    last_seen_sweep_id = table.Column<long>(type: "INTEGER", nullable: false),
                    first_seen_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_seen_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    resolved_sweep_id = table.Column<long>(type: "INTEGER", nullable: true),
                    merged_into_id = table.Column<long>(type: "INTEGER", nullable: true),
                    evidence_keys = table.Column<string>(type: "TEXT", nullable: false),
                    dismissed_evidence_keys = table.Column<string>(type: "TEXT", nullable: true),
                    body = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_findings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ingest_batches",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    bundle_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    registry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: true),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    encoding = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    rows_read = table.Column<long>(type: "INTEGER", nullable: false),
                    rows_accepted = table.Column<long>(type: "INTEGER", nullable: false),
                    rows_rejected = table.Column<long>(type: "INTEGER", nullable: false),
                    warnings = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ingest_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "leases",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    acquired_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leases", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "links",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    registry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    fact_key = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<byte>(type: "INTEGER", nullable: false),
                    from_record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    to_record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    from_entity_id = table.Column<long>(type: "INTEGER", nullable: false),
                    to_entity_id = table.Column<long>(type: "INTEGER", nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    detail = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    share = table.Column<double>(type: "REAL", nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    monthly_salary = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    nominal = table.Column<bool>(type: "INTEGER", nullable: true),
                    title = table.Column<string>(type: "TEXT", nullable: true),
                    rank = table.Column<string>(type: "TEXT", nullable: true),
                    powers = table.Column<string>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", nullable: true),
                    extra = table.Column<string>(type: "TEXT", nullable: true),
                    batch_id = table.Column<long>(type: "INTEGER", nullable: false),
                    file = table.Column<string>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    stated_end_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    last_stated_as_of = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closed_by_batch_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_links", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "nodes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<byte>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    normalized_name = table.Column<string>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    credit_code_status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    sectors = table.Column<string>(type: "TEXT", nullable: true),
                    listed = table.Column<bool>(type: "INTEGER", nullable: true),
                    industry = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: true),
                    founded = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    address = table.Column<string>(type: "TEXT", nullable: true),
                    phone = table.Column<string>(type: "TEXT", nullable: true),
                    decision_kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "TEXT", nullable: true),
                    applied_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    bidders = table.Column<int>(type: "INTEGER", nullable: true),
                    id_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    id_number_status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    birth_month = table.Column<string>(type: "TEXT", nullable: true),
                    gender = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nodes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "resolution_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    batch_id = table.Column<long>(type: "INTEGER", nullable: true),
                    record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    from_entity_id = table.Column<long>(type: "INTEGER", nullable: true),
                    to_entity_id = table.Column<long>(type: "INTEGER", nullable: false),
                    rule = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resolution_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "snapshot_images",
                columns: table => new
                {
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    part = table.Column<int>(type: "INTEGER", nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_snapshot_images", x => new { x.version, x.part });
                });

            migrationBuilder.CreateTable(
                name: "source_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    registry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    batch_id = table.Column<long>(type: "INTEGER", nullable: false),
                    file = table.Column<string>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    @ref = table.Column<string>(name: "ref", type: "TEXT", nullable: false),
                    kind = table.Column<byte>(type: "INTEGER", nullable: false),
                    entity_id = table.Column<long>(type: "INTEGER", nullable: true),
                    resolved_by = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    normalized_name = table.Column<string>(type: "TEXT", nullable: false),
                    identifier = table.Column<string>(type: "TEXT", nullable: true),
                    identifier_status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    birth_month = table.Column<string>(type: "TEXT", nullable: true),
                    gender = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    phone = table.Column<string>(type: "TEXT", nullable: true),
                    address = table.Column<string>(type: "TEXT", nullable: true),
                    listed = table.Column<bool>(type: "INTEGER", nullable: true),
                    region_code = table.Column<string>(type: "TEXT", nullable: true),
                    industry = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: true),
                    founded = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    sectors = table.Column<string>(type: "TEXT", nullable: true),
                    decision_kind = table.Column<string>(type: "TEXT", nullable: true),
                    amount = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "TEXT", nullable: true),
                    applied_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    bidders = table.Column<int>(type: "INTEGER", nullable: true),
                    extra = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_source_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sweeps",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    requested_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    rules = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    parameters = table.Column<string>(type: "TEXT", nullable: false),
                    snapshot_version = table.Column<long>(type: "INTEGER", nullable: false),
                    officials = table.Column<int>(type: "INTEGER", nullable: false),
                    findings = table.Column<int>(type: "INTEGER", nullable: false),
                    @new = table.Column<int>(name: "new", type: "INTEGER", nullable: false),
                    persisting = table.Column<int>(type: "INTEGER", nullable: false),
                    resolved = table.Column<int>(type: "INTEGER", nullable: false),
                    reopened = table.Column<int>(type: "INTEGER", nullable: false),
                    digest = table.Column<string>(type: "TEXT", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sweeps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "finding_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    finding_id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sweep_id = table.Column<long>(type: "INTEGER", nullable: true),
                    from_status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    to_status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_finding_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_finding_events_findings_finding_id",
                        column: x => x.finding_id,
                        principalTable: "findings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ingest_warnings",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    batch_id = table.Column<long>(type: "INTEGER", nullable: false),
                    file = table.Column<string>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ingest_warnings", x => x.id);
                    table.ForeignKey(
                        name: "fk_ingest_warnings_ingest_batches_batch_id",
                        column: x => x.batch_id,
                        principalTable: "ingest_batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rejected_rows",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    batch_id = table.Column<long>(type: "INTEGER", nullable: false),
                    file = table.Column<string>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    raw = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rejected_rows", x => x.id);
                    table.ForeignKey(
                        name: "fk_rejected_rows_ingest_batches_batch_id",
                        column: x => x.batch_id,
                        principalTable: "ingest_batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "match_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    record_a_id = table.Column<long>(type: "INTEGER", nullable: false),
                    record_b_id = table.Column<long>(type: "INTEGER", nullable: false),
                    same = table.Column<bool>(type: "INTEGER", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_match_decisions_source_records_record_a_id",
                        column: x => x.record_a_id,
                        principalTable: "source_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_match_decisions_source_records_record_b_id",
                        column: x => x.record_b_id,
                        principalTable: "source_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "resolution_candidates",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    record_a_id = table.Column<long>(type: "INTEGER", nullable: false),
                    record_b_id = table.Column<long>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resolution_candidates", x => x.id);
                    table.ForeignKey(
                        name: "fk_resolution_candidates_source_records_record_a_id",
                        column: x => x.record_a_id,
                        principalTable: "source_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_resolution_candidates_source_records_record_b_id",
                        column: x => x.record_b_id,
                        principalTable: "source_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sweep_findings",
                columns: table => new
                {
                    sweep_id = table.Column<long>(type: "INTEGER", nullable: false),
                    finding_id = table.Column<long>(type: "INTEGER", nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sweep_findings", x => new { x.sweep_id, x.finding_id });
                    table.ForeignKey(
                        name: "fk_sweep_findings_findings_finding_id",
                        column: x => x.finding_id,
                        principalTable: "findings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_sweep_findings_sweeps_sweep_id",
                        column: x => x.sweep_id,
                        principalTable: "sweeps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_finding_events_finding_id_at",
                table: "finding_events",
                columns: new[] { "finding_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_findings_company_id",
                table: "findings",
                column: "company_id");

            migrationBuilder.CreateIndex(
                name: "ix_findings_official_id",
                table: "findings",
                column: "official_id");

            migrationBuilder.CreateIndex(
                name: "ix_findings_rule_official_id_company_id",
                table: "findings",
                columns: new[] { "rule", "official_id", "company_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_findings_triage_status_active",
                table: "findings",
                columns: new[] { "triage_status", "active" });

            migrationBuilder.CreateIndex(
                name: "ix_ingest_batches_bundle_id_content_hash",
                table: "ingest_batches",
                columns: new[] { "bundle_id", "content_hash" });

            migrationBuilder.CreateIndex(
                name: "ix_ingest_warnings_batch_id_file_line",
                table: "ingest_warnings",
                columns: new[] { "batch_id", "file", "line" });

            migrationBuilder.CreateIndex(
                name: "ix_links_fact_key",
                table: "links",
                column: "fact_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_links_from_entity_id",
                table: "links",
                column: "from_entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_links_to_entity_id",
                table: "links",
                column: "to_entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_match_decisions_record_a_id_record_b_id",
                table: "match_decisions",
                columns: new[] { "record_a_id", "record_b_id" });

            migrationBuilder.CreateIndex(
                name: "ix_match_decisions_record_b_id",
                table: "match_decisions",
                column: "record_b_id");

            migrationBuilder.CreateIndex(
                name: "ix_nodes_credit_code",
                table: "nodes",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_nodes_id_number",
                table: "nodes",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "ix_nodes_kind_normalized_name",
                table: "nodes",
                columns: new[] { "kind", "normalized_name" });

            migrationBuilder.CreateIndex(
                name: "ix_rejected_rows_batch_id_file_line",
                table: "rejected_rows",
                columns: new[] { "batch_id", "file", "line" });

            migrationBuilder.CreateIndex(
                name: "ix_resolution_candidates_record_a_id_record_b_id",
                table: "resolution_candidates",
                columns: new[] { "record_a_id", "record_b_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_resolution_candidates_record_b_id",
                table: "resolution_candidates",
                column: "record_b_id");

            migrationBuilder.CreateIndex(
                name: "ix_resolution_events_record_id",
                table: "resolution_events",
                column: "record_id");

            migrationBuilder.CreateIndex(
                name: "ix_source_records_entity_id",
                table: "source_records",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "ix_source_records_registry_kind_ref",
                table: "source_records",
                columns: new[] { "registry", "kind", "ref" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sweep_findings_finding_id",
                table: "sweep_findings",
                column: "finding_id");

            migrationBuilder.CreateIndex(
                name: "ix_sweeps_started_at",
                table: "sweeps",
                column: "started_at");

            // Append-only: nothing in the API can change or delete the audit log.
            migrationBuilder.Sql(Qingdan.Graph.Store.Security.AuditLog.Triggers(Qingdan.Graph.Store.Database.StoreProvider.Sqlite));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "entity_redirects");

            migrationBuilder.DropTable(
                name: "finding_events");

            migrationBuilder.DropTable(
                name: "ingest_warnings");

            migrationBuilder.DropTable(
                name: "leases");

            migrationBuilder.DropTable(
                name: "links");

            migrationBuilder.DropTable(
                name: "match_decisions");

            migrationBuilder.DropTable(
                name: "nodes");

            migrationBuilder.DropTable(
                name: "rejected_rows");

            migrationBuilder.DropTable(
                name: "resolution_candidates");

            migrationBuilder.DropTable(
                name: "resolution_events");

            migrationBuilder.DropTable(
                name: "snapshot_images");

            migrationBuilder.DropTable(
                name: "sweep_findings");

            migrationBuilder.DropTable(
                name: "ingest_batches");

            migrationBuilder.DropTable(
                name: "source_records");

            migrationBuilder.DropTable(
                name: "findings");

            migrationBuilder.DropTable(
                name: "sweeps");
        }
    }
}
