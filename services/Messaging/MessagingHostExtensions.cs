using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using RenminDaibiao.Contracts;

namespace RenminDaibiao.Messaging;

public static class MessagingHostExtensions
{
    /// <summary>
    /// Connects the service to RabbitMQ through MassTransit and starts the outbox relay for
    /// <typeparamref name="TContext"/>. The broker address is the connection string
    /// <paramref name="connectionName"/> (Aspire convention, e.g. <c>amqp://guest:guest@host:5672/</c>).
    /// Queues are named after the consumer, prefixed with the service's name (the last part of the
    /// application name), so every service has its own queues. Register the DbContext with
    /// <see cref="OutboxDbContextOptionsExtensions.UseOutboxSignal"/> so that saves wake the relay.
    /// </summary>
    public static IHostApplicationBuilder AddEventBus<TContext>(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);

        var services = builder.Services;
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxSaveChangesInterceptor>();
        if (!AddBus(builder, connectionName, configureConsumers))
        {
            return builder;
        }

        services.AddOptions<OutboxRelayOptions>();
        services.TryAddSingleton<IIntegrationEventPublisher, MassTransitIntegrationEventPublisher>();
        services.TryAddSingleton<OutboxProcessor<TContext>>();
        services.AddHostedService<OutboxRelay<TContext>>();

        return builder;
    }

    /// <summary>
    /// Connects a service that consumes events but publishes none: the same bus, queues and retries as
    /// <see cref="AddEventBus{TContext}"/>, without the outbox and its relay. Its consumers derive from
    /// <see cref="IdempotentConsumer{TMessage, TContext}"/>, whose context maps only the
    /// inbox (<see cref="MessagingModelBuilderExtensions.AddInbox"/>).
    /// </summary>
    public static IHostApplicationBuilder AddEventConsumers(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<IBusRegistrationConfigurator> configureConsumers)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        ArgumentNullException.ThrowIfNull(configureConsumers);

        AddBus(builder, connectionName, configureConsumers);
        return builder;
    }

    /// <summary>Registers MassTransit on RabbitMQ; false when only design-time tooling builds the host and no broker is configured.</summary>
    private static bool AddBus(
        IHostApplicationBuilder builder,
        string connectionName,
        Action<IBusRegistrationConfigurator>? configureConsumers)
    {
        var services = builder.Services;
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            // `dotnet ef` builds the host only to find the DbContext and never starts it: no broker needed.
            if (EF.IsDesignTime)
            {
                return false;
            }

            throw new InvalidOperationException(
                $"The RabbitMQ connection string 'ConnectionStrings:{connectionName}' is missing. "
                + "Set it (e.g. amqp://guest:guest@localhost:5672/) or run the service from the AppHost.");
        }

        var broker = RabbitMqAddress.Parse(connectionName, connectionString);
        var prefix = ServicePrefix(builder.Environment.ApplicationName);

        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix, includeNamespace: false));

            // The bus's readiness check answers for the broker, under the broker's resource name.
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = connectionName;
                health.MinimalFailureStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy;
            });

            // Transient failures are retried in place; a message still failing after that is moved
            // to the endpoint's _error queue, where an operator can see and replay it.
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
                endpoint.UseMessageRetry(retry => retry.Incremental(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1))));

            configureConsumers?.Invoke(bus);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    // Publish completes only after the broker confirmed the message; the outbox relies on it.
                    host.PublisherConfirmation = true;
                    if (broker.UseTls)
                    {
                        host.UseSsl(ssl => ssl.ServerName = broker.Host);
                    }
                });

                // Every event derives from IntegrationEvent; an exchange for the base record would
                // bind every event to it for no subscriber.
                rabbit.Publish<IntegrationEvent>(publish => publish.Exclude = true);

                rabbit.ConfigureEndpoints(context);
            });
        });

        return true;
    }

    /// <summary>"RenminDaibiao.Deputies" becomes "Deputies", giving queues such as "deputies-suggestion-submitted".</summary>
    private static string ServicePrefix(string applicationName)
    {
        var name = applicationName[(applicationName.LastIndexOf('.') + 1)..];
        return new string([.. name.Where(char.IsLetterOrDigit)]);
    }

    private sealed record RabbitMqAddress(string Host, ushort Port, string VirtualHost, string Username, string Password, bool UseTls)
    {
        public static RabbitMqAddress Parse(string connectionName, string connectionString)
        {
            if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri)
                || (uri.Scheme != "amqp" && uri.Scheme != "amqps"))
            {
                throw new InvalidOperationException(
                    $"The RabbitMQ connection string 'ConnectionStrings:{connectionName}' must be an amqp:// or amqps:// URI.");
            }

            var useTls = uri.Scheme == "amqps";
            var port = uri.IsDefaultPort || uri.Port < 0 ? (useTls ? 5671 : 5672) : uri.Port;

            // The AMQP URI spec: the path is the (escaped) virtual host, empty meaning the default "/".
            var path = uri.AbsolutePath.TrimStart('/');
            var virtualHost = path.Length == 0 ? "/" : Uri.UnescapeDataString(path);

            var userInfo = uri.UserInfo.Split(':', 2);
            var username = userInfo[0].Length == 0 ? "guest" : Uri.UnescapeDataString(userInfo[0]);
            var password = userInfo.Length == 2 ? Uri.UnescapeDataString(userInfo[1]) : "guest";

            return new RabbitMqAddress(uri.Host, (ushort)port, virtualHost, username, password, useTls);
        }
    }
}
