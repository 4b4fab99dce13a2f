using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace RenminDaibiao.Notifications.Infrastructure.Channels;

/// <summary>E-mail over SMTP (MailKit), used when Notifications:Email:Smtp:Host is configured.</summary>
public sealed class SmtpEmailChannel(IOptions<NotificationsOptions> options) : INotificationChannel
{
    public string Name => Domain.ChannelNames.Email;

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Value.Email.Smtp;
        if (string.IsNullOrWhiteSpace(message.Address))
        {
            throw new InvalidOperationException("The e-mail delivery has no address.");
        }

        using var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.Address));
        mime.Subject = message.Title;
        mime.Body = new TextPart("plain") { Text = message.Body };
        mime.Headers.Add("X-Notification-Id", message.NotificationId.ToString());

        using var client = new SmtpClient();
        var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Notifications:Email:Smtp:Host is not configured."), smtp.Port, security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }
}
