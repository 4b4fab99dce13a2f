using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Notifications.Tests;

/// <summary>With an SMTP host configured, e-mail leaves through MailKit instead of the file sink.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class SmtpEmailTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Configured_smtp_sends_the_email_to_the_recipients_address()
    {
        using var smtp = new LoopbackSmtpServer();
        await using var service = new NotificationsServiceFactory(infrastructure, new Dictionary<string, string?>
        {
            ["Notifications:Email:Smtp:Host"] = "127.0.0.1",
            ["Notifications:Email:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Notifications:Email:Smtp:Security"] = "None",
            ["Notifications:Email:Smtp:From"] = "notice@rd.example.cn",
        });
        var deputyId = Guid.NewGuid();
        using var deputy = service.CreateClient(TestTokens.Subject(Roles.Deputy, "411302", deputyId: deputyId));
        using var put = await deputy.PutAsJsonAsync("/api/notifications/preferences", new
        {
            email = "deputy@rd.example.cn",
            channels = new Dictionary<string, string[]> { [MessageKinds.SuggestionAnswered] = [ChannelNames.Email] },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        await service.PublishAsync(new SuggestionAnswered(Guid.NewGuid(), "关于城区绿化的建议", "411302", deputyId, "411302-ZJJ", "solved", 1));

        await Eventually.HoldsAsync(() => smtp.Messages.Count > 0, "the SMTP server received the e-mail");
        var mail = smtp.Messages.Single();
        Assert.Contains("RCPT TO:<deputy@rd.example.cn>", mail, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("MAIL FROM:<notice@rd.example.cn>", mail, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(service.SinkLines(ChannelNames.Email));
    }

    /// <summary>Just enough SMTP to accept one message per connection and keep the whole conversation.</summary>
    private sealed class LoopbackSmtpServer : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();

        public LoopbackSmtpServer()
        {
            _listener.Start();
            _ = Task.Run(AcceptAsync);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            _stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    _ = Task.Run(() => ServeAsync(client));
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // Stopped.
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.UTF8);
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
                var transcript = new StringBuilder();
                await writer.WriteLineAsync("220 localhost ESMTP test");
                while (await reader.ReadLineAsync() is { } line)
                {
                    transcript.AppendLine(line);
                    var command = line.ToUpperInvariant();
                    if (command.StartsWith("EHLO", StringComparison.Ordinal) || command.StartsWith("HELO", StringComparison.Ordinal))
                    {
                        await writer.WriteLineAsync("250 localhost");
                    }
                    else if (command.StartsWith("DATA", StringComparison.Ordinal))
                    {
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        while (await reader.ReadLineAsync() is { } data && data != ".")
                        {
                            transcript.AppendLine(data);
                        }

                        await writer.WriteLineAsync("250 queued");
                        Messages.Enqueue(transcript.ToString());
                    }
                    else if (command.StartsWith("QUIT", StringComparison.Ordinal))
                    {
                        await writer.WriteLineAsync("221 bye");
                        return;
                    }
                    else
                    {
                        await writer.WriteLineAsync("250 ok");
                    }
                }
            }
        }
    }
}
