namespace RenminDaibiao.Notifications.Domain;

/// <summary>The record a message is about: its kind (see <see cref="RecordKinds"/>) and its id in the service that owns it.</summary>
public sealed record RecordRef(string Kind, Guid Id);
