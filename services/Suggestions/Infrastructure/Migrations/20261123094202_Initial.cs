using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RenminDaibiao.Suggestions.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "congresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Term = table.Column<int>(type: "integer", nullable: false),
                    MotionMinimumCoSigners = table.Column<int>(type: "integer", nullable: false),
                    SessionDeadlineMonths = table.Column<int>(type: "integer", nullable: false),
                    InterimDeadlineMonths = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_congresses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "handling_units",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DivisionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    ContactPerson = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handling_units", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "text", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TraceParent = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "suggestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DuringSession = table.Column<bool>(type: "boolean", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    DivisionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    CongressId = table.Column<Guid>(type: "uuid", nullable: true),
                    Term = table.Column<int>(type: "integer", nullable: true),
                    LeadDeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadDeputyName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsKey = table.Column<bool>(type: "boolean", nullable: false),
                    SupervisingLeaderId = table.Column<Guid>(type: "uuid", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnReason = table.Column<string>(type: "text", nullable: true),
                    LeadUnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FirstDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    ContactedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ContactNote = table.Column<string>(type: "text", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SourceOpinionId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceTrackingCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suggestions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    StoragePath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_attachments_suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_answers",
                columns: table => new
                {
                    Round = table.Column<int>(type: "integer", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OnTime = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suggestion_answers", x => new { x.SuggestionId, x.Round });
                    table.ForeignKey(
                        name: "FK_suggestion_answers_suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_co_units",
                columns: table => new
                {
                    UnitCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SuggestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OpinionAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suggestion_co_units", x => new { x.SuggestionId, x.UnitCode });
                    table.ForeignKey(
                        name: "FK_suggestion_co_units_suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_cosigners",
                columns: table => new
                {
                    DeputyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suggestion_cosigners", x => new { x.SuggestionId, x.DeputyId });
                    table.ForeignKey(
                        name: "FK_suggestion_cosigners_suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_history",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suggestion_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_suggestion_history_suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_progress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Note = table.Column<string>(type: "text", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suggestion_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_suggestion_progress_suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suggestion_ratings",
                columns: table => new
                {
                    Round = table.Column<int>(type: "integer", nullable: false),
                    SuggestionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rating = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_suggestion_ratings", x => new { x.SuggestionId, x.Round });
                    table.ForeignKey(
                        name: "FK_suggestion_ratings_suggestions_SuggestionId",
                        column: x => x.SuggestionId,
                        principalTable: "suggestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attachments_SuggestionId",
                table: "attachments",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_congresses_DivisionCode_Term",
                table: "congresses",
                columns: new[] { "DivisionCode", "Term" });

            migrationBuilder.CreateIndex(
                name: "IX_handling_units_DivisionCode",
                table: "handling_units",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt_CreatedAt",
                table: "outbox_messages",
                columns: new[] { "SentAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_suggestion_co_units_UnitCode",
                table: "suggestion_co_units",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_suggestion_cosigners_DeputyId",
                table: "suggestion_cosigners",
                column: "DeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_suggestion_history_SuggestionId",
                table: "suggestion_history",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_suggestion_progress_SuggestionId",
                table: "suggestion_progress",
                column: "SuggestionId");

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_DivisionCode",
                table: "suggestions",
                column: "DivisionCode");

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_LeadDeputyId",
                table: "suggestions",
                column: "LeadDeputyId");

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_LeadUnitCode",
                table: "suggestions",
                column: "LeadUnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_SourceOpinionId",
                table: "suggestions",
                column: "SourceOpinionId",
                unique: true,
                filter: "\"SourceOpinionId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_suggestions_State_DueAt",
                table: "suggestions",
                columns: new[] { "State", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "congresses");

            migrationBuilder.DropTable(
                name: "handling_units");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "suggestion_answers");

            migrationBuilder.DropTable(
                name: "suggestion_co_units");

            migrationBuilder.DropTable(
                name: "suggestion_cosigners");

            migrationBuilder.DropTable(
                name: "suggestion_history");

            migrationBuilder.DropTable(
                name: "suggestion_progress");

            migrationBuilder.DropTable(
                name: "suggestion_ratings");

            migrationBuilder.DropTable(
                name: "suggestions");
        }
    }
}
