namespace RenminDaibiao.Deputies.Domain;

public static class GroupKinds
{
    public const int MaxLength = 32;

    public const string Delegation = "delegation";
    public const string DeputyGroup = "deputy-group";
    public const string ProfessionalGroup = "professional-group";

    public static IReadOnlyList<string> All { get; } = [Delegation, DeputyGroup, ProfessionalGroup];

    public static bool IsValid(string? kind) => kind is not null && All.Contains(kind);
}
