using Microsoft.EntityFrameworkCore;
using QRCoder;
using RenminDaibiao.Stations.Infrastructure;

namespace RenminDaibiao.Stations.Apis;

/// <summary>
/// The QR code on a station's sign (码上说): a PNG that opens the portal's public form addressed to the station,
/// so that a citizen's message reaches the station's staff. The portal's public address is configuration.
/// </summary>
public static class StationQrApi
{
    public const string DefaultPortalUrl = "http://localhost:8080";

    public static IEndpointRouteBuilder MapStationQrApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/stations/public").WithTags("Public")
            .MapGet("/stations/{id:guid}/qr", GetQrAsync).WithSummary("联络站公开二维码（PNG，扫码给联络站留言）").AllowAnonymous();
        return app;
    }

    public static string OpinionUrl(IConfiguration configuration, Guid stationId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var portal = configuration["Portal:PublicUrl"];
        var baseUrl = string.IsNullOrWhiteSpace(portal) ? DefaultPortalUrl : portal.TrimEnd('/');
        return $"{baseUrl}/citizen/opinion?station={stationId}";
    }

    private static async Task<IResult> GetQrAsync(Guid id, StationsContext db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        // The sign is public wherever the station is: outside any division scope.
        if (!await db.Stations.IgnoreQueryFilters().AnyAsync(station => station.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(OpinionUrl(configuration, id), QRCodeGenerator.ECCLevel.Q);
        using var code = new PngByteQRCode(data);
        return TypedResults.File(code.GetGraphic(10), "image/png", $"station-{id}.png");
    }
}
