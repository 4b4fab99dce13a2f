using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace RenminDaibiao.Deputies.Infrastructure;

/// <summary>Writes the demo's constituents, contacts and duty records with PostgreSQL COPY, in the caller's transaction.</summary>
internal static class DemoBulkCopy
{
    public static async Task WriteAsync(DeputiesContext db, DemoSeeder.DemoData data, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();

        await using (var importer = await connection.BeginBinaryImportAsync(
            """COPY constituents ("Id", "DeputyId", "DivisionCode", "Name", "Phone", "Address", "Note", "AddedAt") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var c in data.Constituents)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(c.Id, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(c.DeputyId, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(c.DivisionCode, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(c.Name, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(importer, c.Phone, ct);
                await WriteNullableAsync(importer, c.Address, ct);
                await WriteNullableAsync(importer, c.Note, ct);
                await importer.WriteAsync(c.AddedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            }

            await importer.CompleteAsync(ct);
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            """COPY duty_records ("Id", "DeputyId", "DeputyName", "DivisionCode", "CongressId", "Kind", "Title", "Description", "Date", "Source", "SourceKey", "RecordedBy", "RecordedAt", "UpdatedAt", "Status") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var r in data.Duties)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(r.DeputyId, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(r.DeputyName, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(r.DivisionCode, NpgsqlDbType.Varchar, ct);
                if (r.CongressId is { } congressId)
                {
                    await importer.WriteAsync(congressId, NpgsqlDbType.Uuid, ct);
                }
                else
                {
                    await importer.WriteNullAsync(ct);
                }

                await importer.WriteAsync(r.Kind, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(r.Title, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(importer, r.Description, ct);
                await importer.WriteAsync(r.Date, NpgsqlDbType.Date, ct);
                await importer.WriteAsync(r.Source, NpgsqlDbType.Varchar, ct);
                await WriteNullableAsync(importer, r.SourceKey, ct);
                await importer.WriteNullAsync(ct);
                await importer.WriteAsync(r.RecordedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(r.UpdatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
                await importer.WriteAsync(r.Status, NpgsqlDbType.Varchar, ct);
            }

            await importer.CompleteAsync(ct);
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            """COPY constituent_contacts ("Id", "DeputyId", "ConstituentId", "DivisionCode", "Date", "Method", "Summary", "DutyRecordId", "RecordedAt") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var c in data.Contacts)
            {
                await importer.StartRowAsync(ct);
                await importer.WriteAsync(c.Id, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(c.DeputyId, NpgsqlDbType.Uuid, ct);
                if (c.ConstituentId is { } constituentId)
                {
                    await importer.WriteAsync(constituentId, NpgsqlDbType.Uuid, ct);
                }
                else
                {
                    await importer.WriteNullAsync(ct);
                }

                await importer.WriteAsync(c.DivisionCode, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(c.Date, NpgsqlDbType.Date, ct);
                await importer.WriteAsync(c.Method, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(c.Summary, NpgsqlDbType.Varchar, ct);
                await importer.WriteAsync(c.DutyRecordId, NpgsqlDbType.Uuid, ct);
                await importer.WriteAsync(c.RecordedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            }

            await importer.CompleteAsync(ct);
        }
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken ct) =>
        value is null ? importer.WriteNullAsync(ct) : importer.WriteAsync(value, NpgsqlDbType.Varchar, ct);
}
