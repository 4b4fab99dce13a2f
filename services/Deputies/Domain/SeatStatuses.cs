namespace RenminDaibiao.Deputies.Domain;

/// <summary>A deputy's seat status in one congress.</summary>
public static class SeatStatuses
{
    public const int MaxLength = 16;

    public const string Serving = "serving";
    public const string Resigned = "resigned";
    public const string Removed = "removed";

    public static IReadOnlyList<string> All { get; } = [Serving, Resigned, Removed];

    public static bool IsValid(string? status) => status is not null && All.Contains(status);
}
