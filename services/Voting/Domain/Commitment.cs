using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Voting.Domain;

public static class CommitmentOutcomes
{
    public const string OnTrack = "on-track";
    public const string Behind = "behind";
    public const string Completed = "completed";
    public const string PartiallyCompleted = "partially-completed";
    public const string NotCompleted = "not-completed";

    public static readonly IReadOnlyList<string> MidYear = [OnTrack, Behind, Completed];

    public static readonly IReadOnlyList<string> YearEnd = [Completed, PartiallyCompleted, NotCompleted];
}

public enum CommitmentStage
{
    Committed,
    MidYearChecked,
    Reviewed,
}

/// <summary>
/// An official's public yearly commitments (副市长承诺): made at the start of the year, checked by the
/// standing committee at mid-year (年中督查) and reviewed at year end (年底调查) with an outcome per item.
/// </summary>
public sealed class Commitment : IDivisionScoped
{
    private Commitment()
    {
        DivisionCode = "";
        OfficialName = "";
        OfficialTitle = "";
    }

    public Guid Id { get; private set; }

    public string DivisionCode { get; private set; }

    public string OfficialName { get; private set; }

    public string OfficialTitle { get; private set; }

    public int Year { get; private set; }

    public CommitmentStage Stage { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? MidYearCheckedAt { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewOpinion { get; private set; }

    public List<CommitmentItem> Items { get; private set; } = [];

    public static (Commitment? Commitment, DomainErrors Errors) Make(
        string? divisionCode, string? officialName, string? officialTitle, int? year, IReadOnlyList<string>? items, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        if (!ServiceDefaults.DivisionCodes.IsValid(divisionCode))
        {
            errors.Add("divisionCode", ServiceDefaults.DivisionCodes.InvalidMessage);
        }

        var name = Text.Required(errors, "officialName", officialName, 50, "承诺人姓名");
        var title = Text.Required(errors, "officialTitle", officialTitle, 100, "承诺人职务");
        if (year is null || year < 2000 || year > now.Year + 1)
        {
            errors.Add("year", "年度无效。");
        }

        var contents = items?.Select(i => i?.Trim()).ToList() ?? [];
        if (contents.Count == 0 || contents.Any(string.IsNullOrEmpty))
        {
            errors.Add("items", "请至少填写一项承诺事项,且不能为空。");
        }
        else if (contents.Any(c => c!.Length > 1000))
        {
            errors.Add("items", "每项承诺不能超过 1000 个字符。");
        }

        if (errors.Any)
        {
            return (null, errors);
        }

        return (new Commitment
        {
            Id = Guid.CreateVersion7(),
            DivisionCode = divisionCode!,
            OfficialName = name!,
            OfficialTitle = title!,
            Year = year!.Value,
            Stage = CommitmentStage.Committed,
            CreatedAt = now,
            Items = [.. contents.Select(c => new CommitmentItem(Guid.NewGuid(), c!))],
        }, errors);
    }

    public DomainErrors CheckMidYear(IReadOnlyList<(Guid? ItemId, string? Outcome, string? Notes)>? checks, DateTimeOffset now)
    {
        if (Stage != CommitmentStage.Committed)
        {
            throw new DomainConflictException("不能督查", "年中督查已完成。");
        }

        var errors = Validate(checks, CommitmentOutcomes.MidYear, "checks", "年中督查结论应为 on-track(按计划推进)、behind(滞后)或 completed(已完成)。");
        if (errors.Any)
        {
            return errors;
        }

        foreach (var (itemId, outcome, notes) in checks!)
        {
            Items.First(i => i.Id == itemId).RecordMidYear(outcome!, notes?.Trim() ?? "");
        }

        Stage = CommitmentStage.MidYearChecked;
        MidYearCheckedAt = now;
        return errors;
    }

    public DomainErrors ReviewYearEnd(IReadOnlyList<(Guid? ItemId, string? Outcome, string? Notes)>? outcomes, string? opinion, DateTimeOffset now)
    {
        if (Stage == CommitmentStage.Committed)
        {
            throw new DomainConflictException("不能评议", "请先完成年中督查。");
        }

        if (Stage == CommitmentStage.Reviewed)
        {
            throw new DomainConflictException("不能评议", "年终评议已完成。");
        }

        var errors = Validate(outcomes, CommitmentOutcomes.YearEnd, "outcomes", "年终结论应为 completed(已完成)、partially-completed(部分完成)或 not-completed(未完成)。");
        var cleanOpinion = Text.Optional(errors, "opinion", opinion, 4000, "审议意见");
        if (errors.Any)
        {
            return errors;
        }

        foreach (var (itemId, outcome, notes) in outcomes!)
        {
            Items.First(i => i.Id == itemId).RecordYearEnd(outcome!, notes?.Trim() ?? "");
        }

        Stage = CommitmentStage.Reviewed;
        ReviewedAt = now;
        ReviewOpinion = cleanOpinion;
        return errors;
    }

    private DomainErrors Validate(IReadOnlyList<(Guid? ItemId, string? Outcome, string? Notes)>? entries, IReadOnlyList<string> allowed, string field, string outcomeMessage)
    {
        var errors = new DomainErrors();
        var list = entries ?? [];
        var ids = Items.Select(i => i.Id).ToHashSet();
        if (list.Count != Items.Count || list.Select(e => e.ItemId).Distinct().Count() != list.Count
            || list.Any(e => e.ItemId is not { } id || !ids.Contains(id)))
        {
            errors.Add(field, "请对每项承诺各给出一个结论。");
        }
        else if (list.Any(e => e.Outcome is null || !allowed.Contains(e.Outcome)))
        {
            errors.Add(field, outcomeMessage);
        }
        else if (list.Any(e => e.Notes?.Length > 2000))
        {
            errors.Add(field, "说明不能超过 2000 个字符。");
        }

        return errors;
    }
}

public sealed class CommitmentItem(Guid id, string content)
{
    public Guid Id { get; private set; } = id;

    public string Content { get; private set; } = content;

    public string? MidYearOutcome { get; private set; }

    public string? MidYearNotes { get; private set; }

    public string? YearEndOutcome { get; private set; }

    public string? YearEndNotes { get; private set; }

    internal void RecordMidYear(string outcome, string notes)
    {
        MidYearOutcome = outcome;
        MidYearNotes = notes;
    }

    internal void RecordYearEnd(string outcome, string notes)
    {
        YearEndOutcome = outcome;
        YearEndNotes = notes;
    }
}
