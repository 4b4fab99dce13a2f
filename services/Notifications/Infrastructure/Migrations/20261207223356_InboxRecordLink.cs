using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RenminDaibiao.Notifications.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InboxRecordLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PortalPath",
                table: "notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RecordId",
                table: "notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordKind",
                table: "notifications",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PortalPath",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "RecordId",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "RecordKind",
                table: "notifications");
        }
    }
}
