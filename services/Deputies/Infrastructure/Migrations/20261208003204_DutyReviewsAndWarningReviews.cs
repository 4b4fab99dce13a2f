using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenminDaibiao.Deputies.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DutyReviewsAndWarningReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewNote",
                table: "duty_records",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "duty_records",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewedBy",
                table: "duty_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "duty_records",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "confirmed");

            // Records deputies entered themselves wait for staff like new ones; the rest count as before.
            migrationBuilder.Sql("UPDATE duty_records SET \"Status\" = 'pending' WHERE \"Source\" = 'deputy'");

            migrationBuilder.CreateTable(
                name: "warning_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    JustifiedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    JustifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    JustifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TalkDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TalkNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TalkRecordedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warning_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_warning_reviews_deputies_DeputyId",
                        column: x => x.DeputyId,
                        principalTable: "deputies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_duty_records_DivisionCode_Status",
                table: "duty_records",
                columns: new[] { "DivisionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_deputies_Phone",
                table: "deputies",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_warning_reviews_DeputyId_Year",
                table: "warning_reviews",
                columns: new[] { "DeputyId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "warning_reviews");

            migrationBuilder.DropIndex(
                name: "IX_duty_records_DivisionCode_Status",
                table: "duty_records");

            migrationBuilder.DropIndex(
                name: "IX_deputies_Phone",
                table: "deputies");

            migrationBuilder.DropColumn(
                name: "ReviewNote",
                table: "duty_records");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "duty_records");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "duty_records");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "duty_records");
        }
    }
}
