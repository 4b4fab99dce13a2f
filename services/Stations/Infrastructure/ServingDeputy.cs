namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>A serving deputy as the Deputies service shows it on the public card.</summary>
public sealed record ServingDeputy(Guid Id, string Name, string DivisionCode);
