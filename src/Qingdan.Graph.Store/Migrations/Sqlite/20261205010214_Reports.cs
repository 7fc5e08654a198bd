using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingdan.Graph.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "saved_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    query = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    variables = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    scope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    schedule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    only_when_changed = table.Column<bool>(type: "INTEGER", nullable: false),
                    next_run_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    report_id = table.Column<long>(type: "INTEGER", nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    run_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    variables = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    result = table.Column<string>(type: "TEXT", nullable: false),
                    result_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    changed = table.Column<bool>(type: "INTEGER", nullable: false),
                    failed = table.Column<bool>(type: "INTEGER", nullable: false),
                    notification_id = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_runs_saved_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "saved_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_runs_report_id_id",
                table: "report_runs",
                columns: new[] { "report_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_saved_reports_name",
                table: "saved_reports",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_saved_reports_next_run_at",
                table: "saved_reports",
                column: "next_run_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_runs");

            migrationBuilder.DropTable(
                name: "saved_reports");
        }
    }
}
