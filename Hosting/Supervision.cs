using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Eventing;
using Aspire.Hosting.Lifecycle;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RenminDaibiao.Hosting;

/// <summary>Marks a resource whose process the AppHost starts again when it exits with a failure.</summary>
public sealed class RestartOnFailureAnnotation : IResourceAnnotation;

public static class SupervisionExtensions
{
    /// <summary>
    /// Starts the resource again when its process exits with a non-zero code while the application runs
    /// (DCP does not restart executables by itself). A stop by an operator (exit code 0) is left alone.
    /// </summary>
    public static IResourceBuilder<T> WithRestartOnFailure<T>(this IResourceBuilder<T> builder)
        where T : IResource
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ApplicationBuilder.Services.TryAddEventingSubscriber<Supervisor>();
        return builder.WithAnnotation(new RestartOnFailureAnnotation());
    }

    /// <summary>Writes each resource's state changes to the AppHost's log, which the dashboard-less console shows.</summary>
    public static IDistributedApplicationBuilder AddResourceStateLog(this IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEventingSubscriber<StateLog>();
        return builder;
    }

    /// <summary>
    /// A secret parameter: Parameters:{name} from configuration when given, otherwise a random value generated
    /// once and kept under the data directory, so restarts reuse it.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddPersistentSecret(this IDistributedApplicationBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var value = builder.Configuration[$"Parameters:{name}"];
        if (string.IsNullOrEmpty(value))
        {
            var file = Path.Combine(builder.DataDirectory(), "secrets", name);
            if (File.Exists(file))
            {
                value = File.ReadAllText(file).Trim();
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                value = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
                File.WriteAllText(file, value);
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return builder.AddParameter(name, value, publishValueAsDefault: false, secret: true);
    }

    private sealed class Supervisor(
        ResourceNotificationService notifications,
        ResourceCommandService commands,
        IHostApplicationLifetime lifetime,
        ILogger<Supervisor> logger) : IDistributedApplicationEventingSubscriber
    {
        public Task SubscribeAsync(IDistributedApplicationEventing eventing, DistributedApplicationExecutionContext executionContext, CancellationToken cancellationToken)
        {
            if (executionContext.IsRunMode)
            {
                eventing.Subscribe<BeforeStartEvent>((_, _) =>
                {
                    _ = Task.Run(() => WatchAsync(lifetime.ApplicationStopping), CancellationToken.None);
                    return Task.CompletedTask;
                });
            }

            return Task.CompletedTask;
        }

        private async Task WatchAsync(CancellationToken stopping)
        {
            var running = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                await foreach (var update in notifications.WatchAsync(stopping).ConfigureAwait(false))
                {
                    if (!update.Resource.HasAnnotationOfType<RestartOnFailureAnnotation>())
                    {
                        continue;
                    }

                    var state = update.Snapshot.State?.Text;
                    if (state == KnownResourceStates.Running)
                    {
                        running.Add(update.ResourceId);
                    }
                    else if ((state == KnownResourceStates.Exited || state == KnownResourceStates.Finished || state == KnownResourceStates.FailedToStart)
                             && update.Snapshot.ExitCode is not (null or 0)
                             && running.Remove(update.ResourceId)
                             && !stopping.IsCancellationRequested)
                    {
                        logger.LogWarning(
                            "{Resource} exited with code {ExitCode}; starting it again", update.Resource.Name, update.Snapshot.ExitCode);
                        _ = RestartAsync(update.Resource, stopping);
                    }
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
        }

        private async Task RestartAsync(IResource resource, CancellationToken stopping)
        {
            var delay = TimeSpan.FromSeconds(1);
            for (var attempt = 1; attempt <= 10 && !stopping.IsCancellationRequested; attempt++)
            {
                try
                {
                    await Task.Delay(delay, stopping).ConfigureAwait(false);
                    var result = await commands.ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand, stopping).ConfigureAwait(false);
                    if (result.Success)
                    {
                        return;
                    }

                    logger.LogWarning("starting {Resource} again failed: {Error}", resource.Name, result.Message);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }

    private sealed class StateLog(ResourceNotificationService notifications, IHostApplicationLifetime lifetime, ILogger<StateLog> logger)
        : IDistributedApplicationEventingSubscriber
    {
        public Task SubscribeAsync(IDistributedApplicationEventing eventing, DistributedApplicationExecutionContext executionContext, CancellationToken cancellationToken)
        {
            if (executionContext.IsRunMode)
            {
                eventing.Subscribe<BeforeStartEvent>((_, _) =>
                {
                    _ = Task.Run(() => WatchAsync(lifetime.ApplicationStopping), CancellationToken.None);
                    return Task.CompletedTask;
                });
            }

            return Task.CompletedTask;
        }

        private async Task WatchAsync(CancellationToken stopping)
        {
            var last = new Dictionary<string, string>(StringComparer.Ordinal);
            try
            {
                await foreach (var update in notifications.WatchAsync(stopping).ConfigureAwait(false))
                {
                    var state = update.Snapshot.State?.Text ?? "";
                    var health = update.Snapshot.HealthStatus?.ToString() ?? "";
                    var summary = health.Length > 0 && state == KnownResourceStates.Running ? $"{state} ({health})" : state;
                    if (summary.Length > 0 && (!last.TryGetValue(update.ResourceId, out var previous) || previous != summary))
                    {
                        last[update.ResourceId] = summary;
                        logger.LogInformation("{Resource}: {State}", update.Resource.Name, summary);
                    }
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
        }
    }
}
