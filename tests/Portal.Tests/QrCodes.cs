using StbImageSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace RenminDaibiao.Portal.Tests;

/// <summary>Reads a QR PNG as a phone's camera would: pixels decoded by StbImageSharp, the code by ZXing (no System.Drawing).</summary>
internal static class QrCodes
{
    public static string Decode(byte[] png)
    {
        var image = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        var luminance = new RGBLuminanceSource(image.Data, image.Width, image.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance)));
        return result?.Text ?? throw new InvalidOperationException("the PNG holds no readable QR code");
    }
}
