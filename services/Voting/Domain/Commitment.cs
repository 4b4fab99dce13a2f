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

/// <summary>One item's conclusion as the committee sent it, at the mid-year check or the year-end review.</summary>
public sealed record OutcomeInput(Guid? ItemId, string? Outcome, string? Notes);

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
        string? divisionCode, string? officialName, string? officialTitle, int? year, IReadOnlyList<string?>? items, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        if (!ServiceDefaults.DivisionCodes.IsValid(divisionCode))
        {
            errors.Add("divisionCode", ServiceDefaults.DivisionCodes.InvalidMessage);
        }

        var name = Text.Required(errors, "officialName", officialName, VotingLimits.OfficialNameMaxLength, "承诺人姓名");
        var title = Text.Required(errors, "officialTitle", officialTitle, VotingLimits.OfficialTitleMaxLength, "承诺人职务");
        if (year is null || year < 2000 || year > now.Year + 1)
        {
            errors.Add("year", "年度无效。");
        }

        var contents = new List<string>();
        if (items is null || items.Count == 0)
        {
            errors.Add("items", "请至少填写一项承诺事项。");
        }
        else if (items.Count > VotingLimits.CommitmentItemsMaxCount)
        {
            errors.Add("items", $"承诺事项最多 {VotingLimits.CommitmentItemsMaxCount} 项。");
        }
        else
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (Text.Required(errors, $"items[{i}]", items[i], VotingLimits.CommitmentItemMaxLength, "承诺事项") is { } content)
                {
                    contents.Add(content);
                }
            }
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
            Items = [.. contents.Select(c => new CommitmentItem(Guid.NewGuid(), c))],
        }, errors);
    }

    public DomainErrors CheckMidYear(IReadOnlyList<OutcomeInput?>? checks, DateTimeOffset now)
    {
        if (Stage != CommitmentStage.Committed)
        {
            throw new DomainConflictException("不能督查", "年中督查已完成。");
        }

        var (conclusions, errors) = Validate(checks, CommitmentOutcomes.MidYear, "checks", "年中督查结论应为 on-track(按计划推进)、behind(滞后)或 completed(已完成)。");
        if (errors.Any)
        {
            return errors;
        }

        foreach (var (item, outcome, notes) in conclusions)
        {
            item.RecordMidYear(outcome, notes);
        }

        Stage = CommitmentStage.MidYearChecked;
        MidYearCheckedAt = now;
        return errors;
    }

    public DomainErrors ReviewYearEnd(IReadOnlyList<OutcomeInput?>? outcomes, string? opinion, DateTimeOffset now)
    {
        if (Stage == CommitmentStage.Committed)
        {
            throw new DomainConflictException("不能评议", "请先完成年中督查。");
        }

        if (Stage == CommitmentStage.Reviewed)
        {
            throw new DomainConflictException("不能评议", "年终评议已完成。");
        }

        var (conclusions, errors) = Validate(outcomes, CommitmentOutcomes.YearEnd, "outcomes", "年终结论应为 completed(已完成)、partially-completed(部分完成)或 not-completed(未完成)。");
        var cleanOpinion = Text.Optional(errors, "opinion", opinion, VotingLimits.NotesMaxLength, "审议意见");
        if (errors.Any)
        {
            return errors;
        }

        foreach (var (item, outcome, notes) in conclusions)
        {
            item.RecordYearEnd(outcome, notes);
        }

        Stage = CommitmentStage.Reviewed;
        ReviewedAt = now;
        ReviewOpinion = cleanOpinion;
        return errors;
    }

    /// <summary>Exactly one valid conclusion per item; errors name the entry (<c>checks[1].outcome</c>) where one is wrong.</summary>
    private (List<(CommitmentItem Item, string Outcome, string Notes)> Conclusions, DomainErrors Errors) Validate(
        IReadOnlyList<OutcomeInput?>? entries, IReadOnlyList<string> allowed, string field, string outcomeMessage)
    {
        var errors = new DomainErrors();
        var conclusions = new List<(CommitmentItem Item, string Outcome, string Notes)>();
        var list = entries ?? [];
        if (!Lists.WithinLimits(errors, field, list, VotingLimits.CommitmentItemsMaxCount, "结论"))
        {
            return (conclusions, errors);
        }

        for (var i = 0; i < list.Count; i++)
        {
            var (itemId, outcome, notes) = list[i]!;
            var cleanNotes = Text.Optional(errors, $"{field}[{i}].notes", notes, VotingLimits.OutcomeNotesMaxLength, "说明") ?? "";
            var item = Items.FirstOrDefault(it => it.Id == itemId);
            if (item is null)
            {
                errors.Add($"{field}[{i}].itemId", "该承诺事项不存在。");
            }

            if (outcome is null || !allowed.Contains(outcome))
            {
                errors.Add($"{field}[{i}].outcome", outcomeMessage);
            }
            else if (item is not null)
            {
                conclusions.Add((item, outcome, cleanNotes));
            }
        }

        if (!errors.Any && (conclusions.Count != Items.Count || conclusions.Select(c => c.Item).Distinct().Count() != Items.Count))
        {
            errors.Add(field, "请对每项承诺各给出一个结论。");
        }

        return (conclusions, errors);
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
