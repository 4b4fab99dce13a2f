namespace RenminDaibiao.Notifications.Infrastructure;

/// <summary>The "Notifications" configuration section.</summary>
public sealed class NotificationsOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Where the local sink writes SMS/WeChat/e-mail as JSON lines; default &lt;ContentRoot&gt;/../../.data/outbox-files.</summary>
    public string? FileSinkDirectory { get; set; }

    public DispatcherOptions Dispatcher { get; set; } = new();

    public SchedulerOptions Scheduler { get; set; } = new();

    public EmailOptions Email { get; set; } = new();

    public sealed class DispatcherOptions
    {
        /// <summary>Off on instances that should only serve the API and the hub.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>Real time between scans when nothing signalled new deliveries.</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

        public int BatchSize { get; set; } = 50;

        public int MaxAttempts { get; set; } = 6;

        public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(30);

        public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

        /// <summary>A send that takes longer counts as failed.</summary>
        public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>How long a claimed delivery stays invisible to other dispatchers; after a crash it is retried then.</summary>
        public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
    }

    public sealed class SchedulerOptions
    {
        public bool Enabled { get; set; } = true;

        /// <summary>Real time between scans for due reminders.</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

        public int BatchSize { get; set; } = 100;
    }

    public sealed class EmailOptions
    {
        /// <summary>With a host, e-mail goes out over SMTP; without one, to the file sink.</summary>
        public SmtpOptions Smtp { get; set; } = new();
    }

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public string? User { get; set; }

        public string? Password { get; set; }

        public string From { get; set; } = "noreply@renmindaibiao.local";

        /// <summary>Auto (STARTTLS when offered, TLS on 465), None, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
        public string Security { get; set; } = "Auto";
    }
}
