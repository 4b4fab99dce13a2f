using System.Text.Json;
using RenminDaibiao.Contracts;

namespace RenminDaibiao.Messaging;

internal static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(IntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    /// <summary>Events only ever come from the Contracts assembly, so the stored type name resolves there.</summary>
    public static IntegrationEvent Deserialize(string typeName, string payload)
    {
        var type = typeof(IntegrationEvent).Assembly.GetType(typeName, throwOnError: false);
        if (type is null || !type.IsAssignableTo(typeof(IntegrationEvent)))
        {
            throw new InvalidOperationException($"Outbox event type '{typeName}' is not an integration event in {typeof(IntegrationEvent).Assembly.GetName().Name}.");
        }

        return (IntegrationEvent?)JsonSerializer.Deserialize(payload, type, Options)
            ?? throw new InvalidOperationException($"Outbox payload of type '{typeName}' is null.");
    }
}
