using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenminDaibiao.Stations.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OpinionSuggestionLinkAndSecondRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReopenedAt",
                table: "opinions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SuggestionId",
                table: "opinions",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReopenedAt",
                table: "opinions");

            migrationBuilder.DropColumn(
                name: "SuggestionId",
                table: "opinions");
        }
    }
}
