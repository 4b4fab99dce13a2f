using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenminDaibiao.Suggestions.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CongressSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Sessions",
                table: "congresses",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            // Earlier demo data seeded two congresses of its own that the Deputies service never declared: its demo
            // suggestions move to the Deputies demo congresses (replicated from their events), and the strays go.
            migrationBuilder.Sql(
                """
                UPDATE suggestions SET "CongressId" = '0197c000-0000-7000-8000-000000411300' WHERE "CongressId" = '0197a000-0000-7000-8000-0000000c0001';
                UPDATE suggestions SET "CongressId" = '0197c000-0000-7000-8000-000000411302' WHERE "CongressId" = '0197a000-0000-7000-8000-0000000c0002';
                DELETE FROM congresses WHERE "Id" IN ('0197a000-0000-7000-8000-0000000c0001', '0197a000-0000-7000-8000-0000000c0002');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Sessions",
                table: "congresses");
        }
    }
}
