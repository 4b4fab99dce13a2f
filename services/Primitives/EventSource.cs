using RenminDaibiao.Contracts;

namespace RenminDaibiao.Primitives;

/// <summary>An aggregate that raises integration events; Messaging's save interceptor writes them to the outbox on save.</summary>
public interface IRaisesIntegrationEvents
{
    IReadOnlyCollection<IntegrationEvent> PendingEvents { get; }

    void ClearPendingEvents();
}

/// <summary>Base of aggregates that raise integration events: a state change and its event are saved in one transaction.</summary>
public abstract class EventSource : IRaisesIntegrationEvents
{
    private readonly List<IntegrationEvent> _pendingEvents = [];

    public IReadOnlyCollection<IntegrationEvent> PendingEvents => _pendingEvents;

    public void ClearPendingEvents() => _pendingEvents.Clear();

    protected void Raise(IntegrationEvent integrationEvent) => _pendingEvents.Add(integrationEvent);
}
