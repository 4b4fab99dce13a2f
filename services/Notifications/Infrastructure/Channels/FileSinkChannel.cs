using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace RenminDaibiao.Notifications.Infrastructure.Channels;

/// <summary>
/// The local stand-in for an external provider: appends each message as one JSON line to
/// <c>{directory}/{channel}.jsonl</c>, where developers and tests read what would have been sent.
/// </summary>
public sealed class FileSinkChannel(string name, string directory) : INotificationChannel
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Chinese stays readable in the file.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string Name { get; } = name;

    public string FilePath { get; } = Path.Combine(directory, name + ".jsonl");

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var line = JsonSerializer.Serialize(new FileSinkLine(
            message.DeliveryId, message.NotificationId, message.SourceEventId, Name, message.Address, message.RecipientKey,
            message.Kind, message.Title, message.Body, DateTimeOffset.UtcNow), Json);

        var gate = Locks.GetOrAdd(FilePath, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.AppendAllTextAsync(FilePath, line + "\n", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
