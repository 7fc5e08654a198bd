using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingdan.Graph.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PartialBirthDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "birth_month",
                table: "source_records",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "birth_month",
                table: "nodes",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "birth_month",
                table: "source_records");

            migrationBuilder.DropColumn(
                name: "birth_month",
                table: "nodes");
        }
    }
}
