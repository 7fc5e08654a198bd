using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Qingdan.Graph.Store.Migrations.Sqlite
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
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    part = table.Column<int>(type: "INTEGER", nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_snapshot_images", x => new { x.version, x.part });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "snapshot_images");
        }
    }
}
