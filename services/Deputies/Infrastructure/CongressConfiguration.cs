using RenminDaibiao.ServiceDefaults;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Infrastructure;

internal sealed class CongressConfiguration : IEntityTypeConfiguration<Congress>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Congress> builder)
    {
        builder.ToTable("congresses");
        builder.HasKey(congress => congress.Id);
        builder.Ignore(congress => congress.PendingEvents);
        builder.Property(congress => congress.Id).ValueGeneratedNever();
        builder.Property(congress => congress.DivisionCode).HasMaxLength(DivisionCodes.MaxLength).IsRequired();
        builder.Property(congress => congress.Level).HasMaxLength(CongressLevels.MaxLength).IsRequired();
        builder.Property(congress => congress.Name).HasMaxLength(Congress.MaxNameLength).IsRequired();
        builder.Property(congress => congress.PointsRules)
            .HasField("_pointsRules")
            .HasColumnType("jsonb")
            .HasConversion(
                rules => JsonSerializer.Serialize(rules, Json),
                json => JsonSerializer.Deserialize<List<PointsRule>>(json, Json) ?? new List<PointsRule>(),
                new ValueComparer<IReadOnlyList<PointsRule>>(
                    (left, right) => left!.SequenceEqual(right!),
                    rules => rules.Aggregate(0, (hash, rule) => HashCode.Combine(hash, rule.GetHashCode())),
                    rules => rules.ToList()));
        builder.Property(congress => congress.Sessions)
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
        builder.HasIndex(congress => new { congress.DivisionCode, congress.Level, congress.Term }).IsUnique();
    }
}
