using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>
/// What a citizen who scanned a deputy's QR code may see without signing in (the gateway lets
/// /api/deputies/public/** through): the deputy's public card and the QR code itself. No phone, no birth date.
/// </summary>
public static class PublicApi
{
    public static IEndpointRouteBuilder MapDeputiesPublicApi(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/deputies/public/deputies").WithTags("Public").AllowAnonymous();
        open.MapGet("/{id:guid}", GetCardAsync).WithSummary("代表公开名片（扫码可见，无需登录）");
        open.MapGet("/{id:guid}/qr", GetQrAsync).WithSummary("代表公开二维码（PNG）");
        return app;
    }

    public sealed record DeputyCard(Guid Id, string Name, string DivisionCode, string? StationName, IReadOnlyList<string> Levels);

    // Deliberately outside the division scope: the card is public, and only serving deputies have one.
    private static IQueryable<Deputy> Serving(DeputiesContext db) =>
        db.Deputies.IgnoreQueryFilters().AsNoTracking().Where(deputy => deputy.Seats.Any(seat => seat.Status == SeatStatuses.Serving));

    private static async Task<Results<Ok<DeputyCard>, ProblemHttpResult>> GetCardAsync(Guid id, DeputiesContext db, CancellationToken ct)
    {
        var deputy = await Serving(db).FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        return deputy is null
            ? Problems.NotFound()
            : TypedResults.Ok(new DeputyCard(
                deputy.Id, deputy.Name, deputy.DivisionCode, deputy.StationName,
                [.. deputy.Seats.Where(seat => seat.Status == SeatStatuses.Serving)
                    .OrderBy(seat => CongressLevels.Rank(seat.Level))
                    .Select(seat => CongressLevels.Labels[seat.Level])
                    .Distinct()]));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetQrAsync(Guid id, DeputiesContext db, IConfiguration configuration, CancellationToken ct) =>
        await Serving(db).AnyAsync(deputy => deputy.Id == id, ct)
            ? TypedResults.File(QrCodes.Png(QrCodes.OpinionUrl(configuration, id)), "image/png", $"deputy-{id}.png")
            : Problems.NotFound();
}
