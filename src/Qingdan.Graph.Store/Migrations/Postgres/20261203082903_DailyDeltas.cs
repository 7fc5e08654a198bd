using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingdan.Graph.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DailyDeltas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "graph_change_sets",
                columns: table => new
                {
                    version = table.Column<long>(type: "bigint", nullable: false),
                    previous_version = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    batch_id = table.Column<long>(type: "bigint", nullable: true),
                    decision_id = table.Column<long>(type: "bigint", nullable: true),
                    entities = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_graph_change_sets", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "graph_changes",
                columns: table => new
                {
                    version = table.Column<long>(type: "bigint", nullable: false),
                    entity_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_graph_changes", x => new { x.version, x.entity_id });
                });

            migrationBuilder.CreateTable(
                name: "sweep_footprints",
                columns: table => new
                {
                    sweep_id = table.Column<long>(type: "bigint", nullable: false),
                    official_id = table.Column<long>(type: "bigint", nullable: false),
                    entities = table.Column<byte[]>(type: "bytea", nullable: false),
                    median_keys = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sweep_footprints", x => new { x.sweep_id, x.official_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_source_records_kind_identifier",
                table: "source_records",
                columns: new[] { "kind", "identifier" });

            migrationBuilder.CreateIndex(
                name: "ix_source_records_kind_normalized_name",
                table: "source_records",
                columns: new[] { "kind", "normalized_name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "graph_change_sets");

            migrationBuilder.DropTable(
                name: "graph_changes");

            migrationBuilder.DropTable(
                name: "sweep_footprints");

            migrationBuilder.DropIndex(
                name: "ix_source_records_kind_identifier",
                table: "source_records");

            migrationBuilder.DropIndex(
                name: "ix_source_records_kind_normalized_name",
                table: "source_records");
        }
    }
}
