using QRCoder;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>The QR code of a deputy (码上说): a PNG that opens the citizen opinion form addressed to them.</summary>
public static class QrCodes
{
    public const string DefaultPortalUrl = "http://localhost:8080";

    public static string OpinionUrl(IConfiguration configuration, Guid deputyId)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var portal = configuration["Portal:PublicUrl"];
        var baseUrl = string.IsNullOrWhiteSpace(portal) ? DefaultPortalUrl : portal.TrimEnd('/');
        return $"{baseUrl}/citizen/opinion?deputy={deputyId}";
    }

    public static byte[] Png(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        using var code = new PngByteQRCode(data);
        return code.GetGraphic(10);
    }
}
