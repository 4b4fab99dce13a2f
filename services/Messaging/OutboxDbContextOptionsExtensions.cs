using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace RenminDaibiao.Messaging;

public static class OutboxDbContextOptionsExtensions
{
    /// <summary>
    /// Lets SaveChanges wake the outbox relay immediately. Use inside
    /// <c>AddDbContext&lt;TContext&gt;((sp, options) =&gt; options.UseNpgsql(...).UseOutboxSignal(sp))</c>;
    /// requires <see cref="MessagingHostExtensions.AddEventBus{TContext}"/>.
    /// </summary>
    public static DbContextOptionsBuilder UseOutboxSignal(this DbContextOptionsBuilder options, IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(serviceProvider);

        return options.AddInterceptors(serviceProvider.GetRequiredService<OutboxSaveChangesInterceptor>());
    }
}
