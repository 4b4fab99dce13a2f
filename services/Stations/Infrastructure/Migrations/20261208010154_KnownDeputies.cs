using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenminDaibiao.Stations.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class KnownDeputies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "known_deputies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: true),
                    seats = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_known_deputies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_known_deputies_StationId",
                table: "known_deputies",
                column: "StationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "known_deputies");
        }
    }
}
