using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Voting.Domain;

/// <summary>
/// An official's public yearly commitments (副市长承诺): made at the start of the year, checked by the
/// standing committee at mid-year (年中督查) and reviewed at year end (年底调查) with an outcome per item.
/// </summary>
public sealed class Commitment : IDivisionScoped
{
    private readonly List<CommitmentItem> _items = [];

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

    public IReadOnlyList<CommitmentItem> Items => _items;

    public static Outcome<Commitment> Make(
        string? divisionCode, string? officialName, string? officialTitle, int? year, IReadOnlyList<string?>? items, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        ServiceDefaults.DivisionCodes.Require(divisionCode, errors);

        var name = Text.Required(officialName, "officialName", "承诺人姓名", VotingLimits.OfficialNameMaxLength, errors);
        var title = Text.Required(officialTitle, "officialTitle", "承诺人职务", VotingLimits.OfficialTitleMaxLength, errors);
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
                if (Text.Required(items[i], $"items[{i}]", "承诺事项", VotingLimits.CommitmentItemMaxLength, errors) is { } content)
                {
                    contents.Add(content);
                }
            }
        }

        if (errors.Any)
        {
            return Outcome<Commitment>.Invalid(errors);
        }

        var commitment = new Commitment
        {
            Id = Guid.CreateVersion7(),
            DivisionCode = divisionCode!,
            OfficialName = name!,
            OfficialTitle = title!,
            Year = year!.Value,
            Stage = CommitmentStage.Committed,
            CreatedAt = now,
        };
        commitment._items.AddRange(contents.Select(c => new CommitmentItem(Guid.NewGuid(), c)));
        return Outcome<Commitment>.Made(commitment);
    }

    public Outcome CheckMidYear(IReadOnlyList<OutcomeInput?>? checks, DateTimeOffset now)
    {
        if (Stage != CommitmentStage.Committed)
        {
            return Outcome.Illegal("年中督查已完成。");
        }

        var (conclusions, errors) = Validate(checks, CommitmentOutcomes.MidYear, "checks", "年中督查结论应为 on-track(按计划推进)、behind(滞后)或 completed(已完成)。");
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        foreach (var (item, outcome, notes) in conclusions)
        {
            item.RecordMidYear(outcome, notes);
        }

        Stage = CommitmentStage.MidYearChecked;
        MidYearCheckedAt = now;
        return Outcome.Done;
    }

    public Outcome ReviewYearEnd(IReadOnlyList<OutcomeInput?>? outcomes, string? opinion, DateTimeOffset now)
    {
        if (Stage == CommitmentStage.Committed)
        {
            return Outcome.Illegal("请先完成年中督查。");
        }

        if (Stage == CommitmentStage.Reviewed)
        {
            return Outcome.Illegal("年终评议已完成。");
        }

        var (conclusions, errors) = Validate(outcomes, CommitmentOutcomes.YearEnd, "outcomes", "年终结论应为 completed(已完成)、partially-completed(部分完成)或 not-completed(未完成)。");
        var cleanOpinion = Text.Optional(opinion, "opinion", "审议意见", VotingLimits.NotesMaxLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        foreach (var (item, outcome, notes) in conclusions)
        {
            item.RecordYearEnd(outcome, notes);
        }

        Stage = CommitmentStage.Reviewed;
        ReviewedAt = now;
        ReviewOpinion = cleanOpinion;
        return Outcome.Done;
    }

    /// <summary>Exactly one valid conclusion per item; errors name the entry (<c>checks[1].outcome</c>) where one is wrong.</summary>
    private (List<(CommitmentItem Item, string Outcome, string Notes)> Conclusions, DomainErrors Errors) Validate(
        IReadOnlyList<OutcomeInput?>? entries, IReadOnlyList<string> allowed, string field, string outcomeMessage)
    {
        var errors = new DomainErrors();
        var conclusions = new List<(CommitmentItem Item, string Outcome, string Notes)>();
        var list = entries ?? [];
        if (!Lists.WithinLimits(list, field, "结论", VotingLimits.CommitmentItemsMaxCount, errors))
        {
            return (conclusions, errors);
        }

        for (var i = 0; i < list.Count; i++)
        {
            var (itemId, outcome, notes) = list[i]!;
            var cleanNotes = Text.Optional(notes, $"{field}[{i}].notes", "说明", VotingLimits.OutcomeNotesMaxLength, errors) ?? "";
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
