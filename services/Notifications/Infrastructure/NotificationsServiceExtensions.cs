using Microsoft.Extensions.Options;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.Contracts.Suggestions;
using RenminDaibiao.Contracts.Voting;
using RenminDaibiao.Messaging;
using RenminDaibiao.Notifications.Domain;
using RenminDaibiao.Notifications.Domain.Rules;
using RenminDaibiao.Notifications.Infrastructure.Channels;
using RenminDaibiao.Notifications.IntegrationEvents;
using RenminDaibiao.ServiceDefaults.Authentication;
using StackExchange.Redis;

namespace RenminDaibiao.Notifications.Infrastructure;

public static class NotificationsServiceExtensions
{
    public static IHostApplicationBuilder AddNotificationsServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<NotificationsOptions>().Bind(builder.Configuration.GetSection(NotificationsOptions.SectionName));
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<DeliverySignalInterceptor>();

        builder.AddNpgsqlDbContext<NotificationsContext>("notificationsdb", (provider, options) => options
            .AddInterceptors(provider.GetRequiredService<DeliverySignalInterceptor>()));
        services.AddMigration<NotificationsContext>(DemoData.SeedAsync);
        builder.AddRedisClient("redis");
        AddRealTime(builder);

        // Notifications only consumes events: an inbox, no outbox or relay.
        builder.AddEventConsumers("rabbitmq", bus =>
        {
            bus.AddConsumer<DeputyRegisteredConsumer>();
            bus.AddConsumer<SuggestionAssignedConsumer>();
            bus.AddConsumer<SuggestionAnsweredConsumer>();
            bus.AddConsumer<SuggestionRatedConsumer>();
            bus.AddConsumer<SuggestionSupervisedConsumer>();
            bus.AddConsumer<SuggestionOverdueEscalatedConsumer>();
            bus.AddConsumer<OpinionAnsweredConsumer>();
            bus.AddConsumer<VoteOpenedConsumer>();
            bus.AddConsumer<DutyShiftAssignedConsumer>();
            bus.AddConsumer<DeadlineSetConsumer>();
            bus.AddConsumer<DeadlineMetConsumer>();
        });

        services.AddSingleton<INotificationRule<DeputyRegistered>, DeputyRegisteredRule>();
        services.AddSingleton<INotificationRule<SuggestionAssigned>, SuggestionAssignedRule>();
        services.AddSingleton<INotificationRule<SuggestionAnswered>, SuggestionAnsweredRule>();
        services.AddSingleton<INotificationRule<SuggestionRated>, SuggestionRatedRule>();
        services.AddSingleton<INotificationRule<SuggestionSupervised>, SuggestionSupervisedRule>();
        services.AddSingleton<INotificationRule<SuggestionOverdueEscalated>, SuggestionOverdueEscalatedRule>();
        services.AddSingleton<INotificationRule<OpinionAnswered>, OpinionAnsweredRule>();
        services.AddSingleton<INotificationRule<VoteOpened>, VoteOpenedRule>();
        services.AddSingleton<INotificationRule<Reminder>, ReminderRule>();
        services.AddSingleton<NotificationWriter>();

        AddChannels(builder);

        // Service discovery resolves the name (services__stations__http__0); the call carries a service token.
        services.AddHttpClient(CitizenContacts.ClientName, client => client.BaseAddress = new Uri("http://stations"))
            .AddHttpMessageHandler<ServiceTokenHandler>();
        services.AddSingleton<CitizenContacts>();
        services.AddHostedService<DeliveryDispatcher>();
        services.AddHostedService<ReminderScheduler>();
        services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>SignalR with the Redis backplane, so a message sent by any instance reaches connections on every instance.</summary>
    private static void AddRealTime(IHostApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR();
        var redis = builder.Configuration.GetConnectionString("redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            return;
        }

        signalR.AddStackExchangeRedis(options =>
        {
            options.Configuration = ConfigurationOptions.Parse(redis);
            options.Configuration.AbortOnConnectFail = false;
            options.Configuration.ChannelPrefix = RedisChannel.Literal("renmindaibiao-notifications");
        });
    }

    /// <summary>
    /// In-app always; SMS and WeChat to the local file sink; e-mail over SMTP when a host is configured,
    /// otherwise to the file sink as well.
    /// </summary>
    private static void AddChannels(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configured = builder.Configuration.GetSection(NotificationsOptions.SectionName).Get<NotificationsOptions>() ?? new NotificationsOptions();
        var directory = string.IsNullOrWhiteSpace(configured.FileSinkDirectory)
            ? DefaultFileSinkDirectory(builder.Environment.ContentRootPath)
            : Path.GetFullPath(configured.FileSinkDirectory);

        services.AddSingleton<INotificationChannel, InAppChannel>();
        services.AddSingleton<INotificationChannel>(new FileSinkChannel(ChannelNames.Sms, directory));
        services.AddSingleton<INotificationChannel>(new FileSinkChannel(ChannelNames.WeChat, directory));
        if (string.IsNullOrWhiteSpace(configured.Email.Smtp.Host))
        {
            services.AddSingleton<INotificationChannel>(new FileSinkChannel(ChannelNames.Email, directory));
        }
        else
        {
            services.AddSingleton<INotificationChannel>(provider => new SmtpEmailChannel(provider.GetRequiredService<IOptions<NotificationsOptions>>()));
        }

        services.AddSingleton<ChannelRegistry>();
    }

    /// <summary>
    /// The repository's git-ignored .data/outbox-files: &lt;ContentRoot&gt;/../../.data/outbox-files when run from the
    /// project folder; when the AppHost starts the build output (content root bin/…), the folder of the solution file.
    /// </summary>
    private static string DefaultFileSinkDirectory(string contentRoot)
    {
        for (var directory = new DirectoryInfo(contentRoot); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RenminDaibiao.sln")))
            {
                return Path.Combine(directory.FullName, ".data", "outbox-files");
            }
        }

        return Path.GetFullPath(Path.Combine(contentRoot, "..", "..", ".data", "outbox-files"));
    }
}
