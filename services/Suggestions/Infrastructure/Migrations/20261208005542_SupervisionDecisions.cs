using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenminDaibiao.Suggestions.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SupervisionDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Conclusion",
                table: "suggestions",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OverdueEscalatedRound",
                table: "suggestions",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Conclusion",
                table: "suggestions");

            migrationBuilder.DropColumn(
                name: "OverdueEscalatedRound",
                table: "suggestions");
        }
    }
}
