using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Voting.Domain;

/// <summary>
/// A 民生实事 project that passed the deputies' vote, tracked to completion: the responsible unit,
/// milestones, the progress percentage and the deputies' inspections (视察).
/// </summary>
public sealed class Project : IDivisionScoped
{
    private readonly List<Milestone> _milestones = [];
    private readonly List<Inspection> _inspections = [];

    private Project()
    {
        Title = "";
        DivisionCode = "";
        Session = "";
    }

    public Guid Id { get; private set; }

    public Guid CandidateId { get; private set; }

    public Guid VoteId { get; private set; }

    public Guid CongressId { get; private set; }

    public string DivisionCode { get; private set; }

    public string Title { get; private set; }

    public string Session { get; private set; }

    /// <summary>The year the project is to be carried out (the vote's closing year).</summary>
    public int Year { get; private set; }

    public string? ResponsibleUnitCode { get; private set; }

    public string? ResponsibleUnitName { get; private set; }

    public int ProgressPercent { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<Milestone> Milestones => _milestones;

    public IReadOnlyList<Inspection> Inspections => _inspections;

    public bool IsCompleted => CompletedAt is not null;

    public static Project FromPassedCandidate(Vote vote, VoteItem item, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(vote);
        ArgumentNullException.ThrowIfNull(item);
        return new Project
        {
            Id = Guid.CreateVersion7(),
            CandidateId = item.Id,
            VoteId = vote.Id,
            CongressId = vote.CongressId ?? Guid.Empty,
            DivisionCode = vote.DivisionCode,
            Title = item.Title,
            Session = vote.Session,
            Year = now.Year,
            UpdatedAt = now,
        };
    }

    public Outcome AssignUnit(string? unitCode, string? unitName, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var code = Text.Optional(unitCode, "unitCode", "责任单位代码", VotingLimits.UnitCodeMaxLength, errors);
        var name = Text.Required(unitName, "unitName", "责任单位名称", VotingLimits.UnitNameMaxLength, errors);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        ResponsibleUnitCode = code;
        ResponsibleUnitName = name;
        UpdatedAt = now;
        return Outcome.Done;
    }

    public Outcome<Milestone> AddMilestone(string? title, DateOnly? dueDate, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var cleanTitle = Text.Required(title, "title", "节点名称", VotingLimits.MilestoneTitleMaxLength, errors);
        if (dueDate is null)
        {
            errors.Add("dueDate", "请填写计划完成日期。");
        }

        if (errors.Any)
        {
            return Outcome<Milestone>.Invalid(errors);
        }

        var milestone = new Milestone(Guid.NewGuid(), cleanTitle!, dueDate!.Value);
        _milestones.Add(milestone);
        UpdatedAt = now;
        return Outcome<Milestone>.Made(milestone);
    }

    /// <summary>Marks a milestone done; null when the project has no such milestone.</summary>
    public Outcome? CompleteMilestone(Guid milestoneId, DateTimeOffset now)
    {
        var milestone = _milestones.FirstOrDefault(m => m.Id == milestoneId);
        if (milestone is null)
        {
            return null;
        }

        if (milestone.CompletedAt is not null)
        {
            return Outcome.Illegal("该节点已标记完成。");
        }

        milestone.Complete(now);
        UpdatedAt = now;
        return Outcome.Done;
    }

    /// <summary>Reports progress; it never goes back, and 100 marks the project complete.</summary>
    public Outcome ReportProgress(int? percent, DateTimeOffset now)
    {
        if (percent is null or < 0 or > 100)
        {
            return Outcome.Invalid("progressPercent", "进度应为 0 到 100 之间的整数。");
        }

        if (IsCompleted)
        {
            return Outcome.Illegal("项目已完成,不能再修改进度。");
        }

        if (percent < ProgressPercent)
        {
            return Outcome.Illegal($"当前进度为 {ProgressPercent}%,不能改为更低。");
        }

        ProgressPercent = percent.Value;
        UpdatedAt = now;
        if (ProgressPercent == 100)
        {
            CompletedAt = now;
        }

        return Outcome.Done;
    }

    public Outcome<Inspection> RecordInspection(
        DateOnly? date, string? inspectors, string? notes, IReadOnlyList<string?>? photos, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        if (date is null)
        {
            errors.Add("date", "请填写视察日期。");
        }

        var cleanInspectors = Text.Required(inspectors, "inspectors", "视察人员", VotingLimits.InspectorsMaxLength, errors);
        var cleanNotes = Text.Required(notes, "notes", "视察意见", VotingLimits.NotesMaxLength, errors);
        var photoList = photos ?? [];
        if (Lists.WithinLimits(photoList, "photos", "照片", VotingLimits.PhotosMaxCount, errors))
        {
            for (var i = 0; i < photoList.Count; i++)
            {
                var photo = photoList[i]!;
                if (photo.Length > VotingLimits.PhotoReferenceMaxLength)
                {
                    errors.Add($"photos[{i}]", $"照片地址不能超过 {VotingLimits.PhotoReferenceMaxLength} 个字符。");
                }
                else if (string.IsNullOrWhiteSpace(photo) || !IsPhotoReference(photo))
                {
                    errors.Add($"photos[{i}]", "照片应为 http(s) 地址或以 / 开头的文件路径。");
                }
            }
        }

        if (errors.Any)
        {
            return Outcome<Inspection>.Invalid(errors);
        }

        var inspection = new Inspection(Guid.NewGuid(), date!.Value, cleanInspectors!, cleanNotes!, [.. photoList.Select(p => p!)], now);
        _inspections.Add(inspection);
        UpdatedAt = now;
        return Outcome<Inspection>.Made(inspection);
    }

    /// <summary>An uploaded file's path on this platform (/files/...) or an http(s) address; nothing else (no javascript:, file:).</summary>
    private static bool IsPhotoReference(string value) =>
        value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal)
            ? Uri.TryCreate(value, UriKind.Relative, out _)
            : Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
