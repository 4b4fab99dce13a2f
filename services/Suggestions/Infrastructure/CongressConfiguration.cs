using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Infrastructure;

internal sealed class CongressConfiguration : IEntityTypeConfiguration<Congress>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Congress> builder)
    {
        builder.ToTable("congresses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Congress.MaxNameLength);
        builder.Property(c => c.DivisionCode).HasMaxLength(DivisionCodes.MaxLength);
        builder.Property(c => c.Level).HasMaxLength(Congress.MaxLevelLength);
        builder.Ignore(c => c.Rules);
        builder.Property(c => c.Sessions)
            .HasField("_sessions")
            .HasColumnType("jsonb")
            .HasDefaultValueSql("'[]'::jsonb")
            .HasConversion(
                sessions => JsonSerializer.Serialize(sessions, Json),
                json => JsonSerializer.Deserialize<List<CongressSession>>(json, Json) ?? new List<CongressSession>(),
                new ValueComparer<IReadOnlyList<CongressSession>>(
                    (left, right) => left!.SequenceEqual(right!),
                    sessions => sessions.Aggregate(0, (hash, session) => HashCode.Combine(hash, session.GetHashCode())),
                    sessions => sessions.ToList()));
        builder.HasIndex(c => new { c.DivisionCode, c.Term });
    }
}
