using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Qingdan.Graph.Store.Migrations.Postgres
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    registry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    fact_key = table.Column<Guid>(type: "uuid", nullable: false),
                    report_ref = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    item = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    person_record_id = table.Column<long>(type: "bigint", nullable: false),
                    relation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    company_record_id = table.Column<long>(type: "bigint", nullable: true),
                    batch_id = table.Column<long>(type: "bigint", nullable: false),
                    file = table.Column<string>(type: "text", nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_personal_report_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "personal_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    registry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    @ref = table.Column<string>(name: "ref", type: "character varying(200)", maxLength: 200, nullable: false),
                    person_record_id = table.Column<long>(type: "bigint", nullable: false),
                    report_date = table.Column<DateOnly>(type: "date", nullable: false),
                    submitted_date = table.Column<DateOnly>(type: "date", nullable: true),
                    batch_id = table.Column<long>(type: "bigint", nullable: false),
                    file = table.Column<string>(type: "text", nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false),
                    extra = table.Column<string>(type: "text", nullable: true)
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
