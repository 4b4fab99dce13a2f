using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>
/// An audit entry (个人信息保护法): a staff member read a person's data — a deputy's profile, a constituent list,
/// a duty report. It records who read what and when, never the data itself.
/// </summary>
public sealed class PersonalDataRead : IDivisionScoped
{
    public const int MaxAccountNameLength = 100;
    public const int MaxSubjectLength = 32;

    private PersonalDataRead()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The division of the record that was read.</summary>
    public string DivisionCode { get; private set; } = "";

    public Guid AccountId { get; private set; }

    public string AccountName { get; private set; } = "";

    /// <summary>deputy, constituents or duty-report.</summary>
    public string Subject { get; private set; } = "";

    public Guid SubjectId { get; private set; }

    public DateTimeOffset ReadAt { get; private set; }

    public static PersonalDataRead Record(Guid accountId, string accountName, string subject, Guid subjectId, string divisionCode, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        AccountId = accountId,
        AccountName = accountName.Length > MaxAccountNameLength ? accountName[..MaxAccountNameLength] : accountName,
        Subject = subject,
        SubjectId = subjectId,
        DivisionCode = divisionCode,
        ReadAt = now,
    };
}
