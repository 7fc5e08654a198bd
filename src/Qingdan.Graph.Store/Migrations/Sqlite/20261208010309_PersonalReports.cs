using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingdan.Graph.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "personal_report_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    registry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    fact_key = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_ref = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    item = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    person_record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    relation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    company_record_id = table.Column<long>(type: "INTEGER", nullable: true),
                    batch_id = table.Column<long>(type: "INTEGER", nullable: false),
                    file = table.Column<string>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_report_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "personal_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    registry = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    @ref = table.Column<string>(name: "ref", type: "TEXT", maxLength: 200, nullable: false),
                    person_record_id = table.Column<long>(type: "INTEGER", nullable: false),
                    report_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    submitted_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    batch_id = table.Column<long>(type: "INTEGER", nullable: false),
                    file = table.Column<string>(type: "TEXT", nullable: false),
                    line = table.Column<int>(type: "INTEGER", nullable: false),
                    extra = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_reports", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_personal_report_items_company_record_id",
                table: "personal_report_items",
                column: "company_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_personal_report_items_fact_key",
                table: "personal_report_items",
                column: "fact_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_personal_report_items_person_record_id",
                table: "personal_report_items",
                column: "person_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_personal_report_items_registry_report_ref",
                table: "personal_report_items",
                columns: new[] { "registry", "report_ref" });

            migrationBuilder.CreateIndex(
                name: "ix_personal_reports_person_record_id",
                table: "personal_reports",
                column: "person_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_personal_reports_registry_ref",
                table: "personal_reports",
                columns: new[] { "registry", "ref" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "personal_report_items");

            migrationBuilder.DropTable(
                name: "personal_reports");
        }
    }
}
