using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>A picture attached to a photo report, stored apart from the opinion so lists stay light.</summary>
public sealed class OpinionImage : IDivisionScoped
{
    /// <summary>Room for any image type; only JPEG, PNG and WebP are accepted.</summary>
    public const int MaxContentTypeLength = 50;

    private OpinionImage()
    {
        ContentType = "";
        DivisionCode = "";
        Data = [];
    }

    public OpinionImage(Guid opinionId, string divisionCode, string contentType, byte[] data)
    {
        Id = Guid.CreateVersion7();
        OpinionId = opinionId;
        DivisionCode = divisionCode;
        ContentType = contentType;
        Data = data;
        Size = data.Length;
    }

    public Guid Id { get; private set; }

    public Guid OpinionId { get; private set; }

    public string DivisionCode { get; private set; }

    public string ContentType { get; private set; }

    public int Size { get; private set; }

    public byte[] Data { get; private set; }
}
