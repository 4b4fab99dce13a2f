namespace RenminDaibiao.Deputies.Domain;

/// <summary>A recorded contact and the duty record it earns.</summary>
public sealed record RecordedContact(ConstituentContact Contact, DutyRecord Duty);
