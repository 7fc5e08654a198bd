using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingdan.Graph.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SnapshotImages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "snapshot_images",
                columns: table => new
                {
                    version = table.Column<long>(type: "bigint", nullable: false),
                    part = table.Column<int>(type: "integer", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_snapshot_images", x => new { x.version, x.part });
                });

            // The parts are already dense bytes: stored out of line without trying to compress them, read without decompressing.
            migrationBuilder.Sql("ALTER TABLE snapshot_images ALTER COLUMN data SET STORAGE EXTERNAL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "snapshot_images");
        }
    }
}
