using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenminDaibiao.Suggestions.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CongressDeadlineDaysFromDeputies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "SessionDeadlineMonths",
                table: "congresses",
                newName: "SessionDeadlineDays");

            migrationBuilder.RenameColumn(
                name: "InterimDeadlineMonths",
                table: "congresses",
                newName: "InterimDeadlineDays");

            // Rows written before carry months; a month counts as 30 days (Deputies' defaults: 3 months = 90,
            // 1 month = 30) until the next CongressDeclared brings Deputies' own values.
            migrationBuilder.Sql("UPDATE congresses SET \"SessionDeadlineDays\" = \"SessionDeadlineDays\" * 30, \"InterimDeadlineDays\" = \"InterimDeadlineDays\" * 30;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE congresses SET \"SessionDeadlineDays\" = GREATEST(\"SessionDeadlineDays\" / 30, 1), \"InterimDeadlineDays\" = GREATEST(\"InterimDeadlineDays\" / 30, 1);");

            migrationBuilder.RenameColumn(
                name: "SessionDeadlineDays",
                table: "congresses",
                newName: "SessionDeadlineMonths");

            migrationBuilder.RenameColumn(
                name: "InterimDeadlineDays",
                table: "congresses",
                newName: "InterimDeadlineMonths");
        }
    }
}
