using RenminDaibiao.Contracts.Deadlines;
using RenminDaibiao.Contracts.Stations;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Stations.Domain;

/// <summary>
/// A citizen's opinion (社情民意) and its five-step closed loop. The transition table is the one place that says
/// which operation is allowed in which state; every operation that succeeds appends a step with who and when.
/// </summary>
public sealed class Opinion : EventSource, IDivisionScoped
{
    public const int MaxContentLength = 2000;

    /// <summary>The answer to the citizen, and the note on an opinion settled locally.</summary>
    public const int MaxAnswerLength = 2000;
    public const int MaxCategoryLength = 50;
    public const int MaxSuggestionTitleLength = 100;
    public const int MaxRatingCommentLength = 500;
    public const int MaxImages = 3;
    public const int MaxImageBytes = 2 * 1024 * 1024;
    public const string DeadlineItemKind = "opinion";

    /// <summary>The ratings 1 and 2 are unsatisfied (不满意): the first time, the station handles the opinion again.</summary>
    public const int MaxUnsatisfiedScore = 2;

    /// <summary>The deputy's rating of a suggestion's answer that has the unit answer again (Suggestions' wire name).</summary>
    public const string UnsatisfiedSuggestionRating = "unsatisfied";

    /// <summary>Every legal transition: (state, operation) → next state. Anything else is a 409.</summary>
    public static readonly IReadOnlyDictionary<(OpinionStatus From, OpinionAction Action), OpinionStatus> Transitions =
        new Dictionary<(OpinionStatus, OpinionAction), OpinionStatus>
        {
            [(OpinionStatus.Registered, OpinionAction.Sort)] = OpinionStatus.Sorted,
            [(OpinionStatus.Sorted, OpinionAction.Sort)] = OpinionStatus.Sorted,
            [(OpinionStatus.Sorted, OpinionAction.SettleLocally)] = OpinionStatus.SettledLocally,
            [(OpinionStatus.Sorted, OpinionAction.SendToUnit)] = OpinionStatus.SentToUnit,
            [(OpinionStatus.Sorted, OpinionAction.RaiseAsSuggestion)] = OpinionStatus.RaisedAsSuggestion,
            [(OpinionStatus.SettledLocally, OpinionAction.RecordFeedback)] = OpinionStatus.Answered,
            [(OpinionStatus.SentToUnit, OpinionAction.RecordFeedback)] = OpinionStatus.Answered,

            // A suggestion's answer reaches the opinion from Suggestions' events, never typed over by hand.
            [(OpinionStatus.RaisedAsSuggestion, OpinionAction.LinkSuggestion)] = OpinionStatus.RaisedAsSuggestion,
            [(OpinionStatus.RaisedAsSuggestion, OpinionAction.RecordSuggestionAnswer)] = OpinionStatus.SuggestionAnswered,
            [(OpinionStatus.SuggestionAnswered, OpinionAction.RecordSuggestionRejected)] = OpinionStatus.RaisedAsSuggestion,
            [(OpinionStatus.SuggestionAnswered, OpinionAction.ConcludeSuggestion)] = OpinionStatus.Answered,
            [(OpinionStatus.Answered, OpinionAction.Rate)] = OpinionStatus.Rated,

            // 不满意件责令整改: a low first rating sends it back to the station, which settles it or sends it to a unit again.
            [(OpinionStatus.Answered, OpinionAction.RateUnsatisfied)] = OpinionStatus.Reopened,
            [(OpinionStatus.Reopened, OpinionAction.SettleLocally)] = OpinionStatus.SettledLocally,
            [(OpinionStatus.Reopened, OpinionAction.SendToUnit)] = OpinionStatus.SentToUnit,
        };

    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly List<OpinionStep> _steps = [];

    private Opinion()
    {
        TrackingCode = "";
        DivisionCode = "";
        Content = "";
    }

    public Guid Id { get; private set; }

    public string TrackingCode { get; private set; }

    public string DivisionCode { get; private set; }

    public OpinionChannel Channel { get; private set; }

    public Guid? StationId { get; private set; }

    /// <summary>The deputy the citizen addressed (via the deputy's QR code or a booked meeting).</summary>
    public Guid? DeputyId { get; private set; }

    public string? DeputyName { get; private set; }

    public string Content { get; private set; }

    public bool Anonymous { get; private set; }

    public string? CitizenName { get; private set; }

    public string? CitizenPhone { get; private set; }

    public string? CitizenIdNumber { get; private set; }

    public int ImageCount { get; private set; }

    public OpinionStatus Status { get; private set; }

    /// <summary>Optimistic concurrency token (PostgreSQL xmin): of two people changing it at once, the second gets a conflict.</summary>
    public uint Version { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The topic (类别): as the citizen chose it when registering, until staff confirm or change it when sorting.</summary>
    public string? Category { get; private set; }

    public HandlingLevel? Level { get; private set; }

    public string? LocalNote { get; private set; }

    public string? UnitCode { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    public Guid? SuggestionDeputyId { get; private set; }

    public string? SuggestionTitle { get; private set; }

    /// <summary>The suggestion Suggestions drafted from this opinion, once it has told us.</summary>
    public Guid? SuggestionId { get; private set; }

    public string? Answer { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public int? Rating { get; private set; }

    public string? RatingComment { get; private set; }

    public DateTimeOffset? RatedAt { get; private set; }

    /// <summary>When a low first rating sent the opinion back for a second round; null while in its first round.</summary>
    public DateTimeOffset? ReopenedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<OpinionStep> Steps => _steps;

    /// <summary>A 不满意件: the citizen rated an answer 1 or 2, in the first round (which reopened it) or the second.</summary>
    public bool WasRatedUnsatisfied => ReopenedAt is not null || Rating <= MaxUnsatisfiedScore;

    /// <summary>Whether the loop is still open (not yet answered).</summary>
    public bool IsOpen => Status is not (OpinionStatus.Answered or OpinionStatus.Rated);

    public static bool CanApply(OpinionStatus from, OpinionAction action) => Transitions.ContainsKey((from, action));

    /// <summary>Step 1 (登记): registers an opinion with a fresh tracking code; the images are returned to be stored apart.</summary>
    public static Outcome<RegisteredOpinion> Register(
        OpinionRegistration input, Actor by, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        if (input.Channel is null)
        {
            errors.Add("channel", "请选择反映渠道。");
        }

        DivisionCodes.Require(input.DivisionCode, errors);

        var content = Text.Required(input.Content, "content", "反映内容", MaxContentLength, errors);
        var category = Text.Optional(input.Category, "category", "类别", MaxCategoryLength, errors);
        var name = Text.Optional(input.CitizenName, "name", "姓名", StationsLimits.MaxPersonNameLength, errors);
        var phone = Phones.Normalize(input.CitizenPhone, "phone", errors);
        var idNumber = PersonalData.NormalizeIdNumber(input.CitizenIdNumber, "idNumber", errors);
        var deputyName = Text.Optional(input.DeputyName, "deputyName", "代表姓名", StationsLimits.MaxPersonNameLength, errors);
        if (input.DeputyId == Guid.Empty)
        {
            errors.Add("deputyId", "代表编号无效。");
        }

        var images = input.Images ?? [];
        if (images.Count > 0 && input.Channel != OpinionChannel.PhotoReport)
        {
            errors.Add("images", "只有随手拍可以附带图片。");
        }
        else if (input.Channel == OpinionChannel.PhotoReport && images.Count == 0)
        {
            errors.Add("images", "随手拍须至少附带一张图片。");
        }
        else if (images.Count > MaxImages)
        {
            errors.Add("images", $"最多附带 {MaxImages} 张图片。");
        }
        else
        {
            for (var i = 0; i < images.Count; i++)
            {
                CheckImage(images[i], $"images[{i}]", errors);
            }
        }

        if (errors.Any)
        {
            return Outcome<RegisteredOpinion>.Invalid(errors);
        }

        var opinion = new Opinion
        {
            Id = Guid.CreateVersion7(),
            TrackingCode = Domain.TrackingCode.New(),
            DivisionCode = input.DivisionCode!,
            Channel = input.Channel!.Value,
            StationId = input.StationId,
            DeputyId = input.DeputyId,
            DeputyName = deputyName,
            Category = category,
            Content = content!,
            Anonymous = name is null && phone is null,
            CitizenName = name,
            CitizenPhone = phone,
            CitizenIdNumber = idNumber,
            ImageCount = images.Count,
            Status = OpinionStatus.Registered,
            RegisteredAt = now,
            UpdatedAt = now,
        };
        opinion.AddStep(OpinionStatus.Registered, by, now, null);
        var stored = images.Select(image => new OpinionImage(opinion.Id, opinion.DivisionCode, image.ContentType!.ToLowerInvariant(), image.Data!)).ToList();
        return Outcome<RegisteredOpinion>.Made(new RegisteredOpinion(opinion, stored));
    }

    /// <summary>Step 2 (汇总梳理): sets the category and the level that handles it.</summary>
    public Outcome Sort(string? category, HandlingLevel? level, Actor by, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var cleanCategory = Text.Required(category, "category", "类别", MaxCategoryLength, errors);
        if (level is null)
        {
            errors.Add("level", "请选择办理层级：village、township、county 或 city。");
        }

        return Apply(OpinionAction.Sort, errors, by, now, $"{cleanCategory} · {level?.Chinese()}", () =>
        {
            Category = cleanCategory;
            Level = level;
        });
    }

    /// <summary>Step 3, first way: settled at the village or township (就地解决).</summary>
    public Outcome SettleLocally(string? note, Actor by, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var cleanNote = Text.Required(note, "note", "办理情况", MaxAnswerLength, errors);
        return Apply(OpinionAction.SettleLocally, errors, by, now, cleanNote, () => LocalNote = cleanNote);
    }

    /// <summary>Step 3, second way: sent to a handling unit (承办单位) with a deadline.</summary>
    public Outcome SendToUnit(string? unitCode, DateTimeOffset? dueAt, Actor by, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var unit = Text.Required(unitCode, "unitCode", "承办单位", StationsLimits.MaxUnitCodeLength, errors);
        if (dueAt is null)
        {
            errors.Add("dueAt", "请指定办理期限。");
        }
        else if (dueAt <= now)
        {
            errors.Add("dueAt", "办理期限须晚于当前时间。");
        }

        return Apply(OpinionAction.SendToUnit, errors, by, now, unit, () =>
        {
            UnitCode = unit;
            DueAt = dueAt!.Value.ToUniversalTime();
            Raise(new DeadlineSet(DeadlineItemKind, Id, Summary(), DivisionCode, unit, DueAt.Value));
        });
    }

    /// <summary>
    /// Who may take the opinion up as a suggestion: the deputy it is addressed to, and only that deputy; an opinion
    /// addressed to no deputy, any deputy who sees it.
    /// </summary>
    public bool MayBeRaisedBy(Guid deputyId) => DeputyId is null || DeputyId == deputyId;

    /// <summary>
    /// Step 3, third way: a deputy takes the opinion up as a suggestion (Suggestions drafts it for that deputy, who
    /// leads it under <paramref name="deputyName"/>).
    /// </summary>
    public Outcome RaiseAsSuggestion(Guid deputyId, string? deputyName, string? title, Actor by, DateTimeOffset now)
    {
        if (!MayBeRaisedBy(deputyId))
        {
            return Outcome.Invalid("deputyId", "该意见反映给了另一位代表，只能由该代表提出建议。");
        }

        var errors = new DomainErrors();
        var leadName = Text.Required(deputyName, "deputyName", "领衔代表姓名", StationsLimits.MaxPersonNameLength, errors);
        var cleanTitle = Text.Optional(title, "title", "建议标题", MaxSuggestionTitleLength, errors) ?? Summary();
        return Apply(OpinionAction.RaiseAsSuggestion, errors, by, now, cleanTitle, () =>
        {
            SuggestionDeputyId = deputyId;
            SuggestionTitle = cleanTitle;
            Raise(new OpinionRaisedAsSuggestion(Id, TrackingCode, deputyId, leadName!, DivisionCode, cleanTitle, Content, Category ?? ""));
        });
    }

    /// <summary>Suggestions drafted the suggestion: the opinion links forward to it. A repeated notice changes nothing.</summary>
    public Outcome LinkSuggestion(Guid suggestionId, DateTimeOffset now)
    {
        if (SuggestionId == suggestionId)
        {
            return Outcome.Done;
        }

        return Apply(OpinionAction.LinkSuggestion, new DomainErrors(), Actor.System, now, $"建议 {suggestionId}", () => SuggestionId = suggestionId);
    }

    /// <summary>
    /// The unit answered the suggestion (in either round): that answer is the citizen's feedback, sent by SMS when a
    /// phone was given. The opinion keeps at most <see cref="MaxAnswerLength"/> characters of it; the suggestion keeps all.
    /// </summary>
    public Outcome RecordSuggestionAnswer(string answer, int round, DateTimeOffset now)
    {
        var text = answer.Trim();
        var kept = text.Length <= MaxAnswerLength ? text : text[..(MaxAnswerLength - 1)] + "…";
        var errors = new DomainErrors();
        if (kept.Length == 0)
        {
            errors.Add("answer", "建议答复内容为空。");
        }

        return Apply(OpinionAction.RecordSuggestionAnswer, errors, Actor.System, now, $"代表建议第 {round} 轮答复", () =>
        {
            Answer = kept;
            AnsweredAt = now;
            Raise(new OpinionAnswered(Id, TrackingCode, DivisionCode, SuggestionDeputyId, CitizenPhone is not null, kept));
        });
    }

    /// <summary>
    /// The deputy rated the suggestion's answer. Unsatisfied: the unit answers again (or a leader supervises it), so the
    /// opinion waits on the suggestion. Otherwise the answer stands and the citizen may rate it.
    /// </summary>
    public Outcome RecordSuggestionRating(string rating, DateTimeOffset now)
    {
        var action = rating == UnsatisfiedSuggestionRating ? OpinionAction.RecordSuggestionRejected : OpinionAction.ConcludeSuggestion;
        return Apply(action, new DomainErrors(), Actor.System, now, $"代表评价：{rating}", () => { });
    }

    /// <summary>Step 4 (反馈): the answer, recorded to the citizen (SMS when a phone was given) and the deputy.</summary>
    public Outcome RecordFeedback(string? answer, Actor by, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var cleanAnswer = Text.Required(answer, "answer", "答复内容", MaxAnswerLength, errors);
        var wasSentToUnit = Status == OpinionStatus.SentToUnit;
        return Apply(OpinionAction.RecordFeedback, errors, by, now, null, () =>
        {
            Answer = cleanAnswer;
            AnsweredAt = now;
            Raise(new OpinionAnswered(Id, TrackingCode, DivisionCode, SuggestionDeputyId ?? DeputyId, CitizenPhone is not null, cleanAnswer!));
            if (wasSentToUnit)
            {
                Raise(new DeadlineMet(DeadlineItemKind, Id));
            }
        });
    }

    /// <summary>
    /// Step 5 (评价): the citizen rates the answer from 1 to 5 with the tracking code. A first rating of 1 or 2 is an
    /// unsatisfied case (不满意件), which the station must handle again (责令整改); the second round's rating is final.
    /// </summary>
    public Outcome Rate(int? score, string? comment, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        if (score is not (>= 1 and <= 5))
        {
            errors.Add("score", "评分应为 1 到 5 的整数。");
        }

        var cleanComment = Text.Optional(comment, "comment", "评价意见", MaxRatingCommentLength, errors);
        var reopens = score <= MaxUnsatisfiedScore && ReopenedAt is null;
        return Apply(reopens ? OpinionAction.RateUnsatisfied : OpinionAction.Rate, errors, Actor.Citizen, now, score?.ToString(System.Globalization.CultureInfo.InvariantCulture), () =>
        {
            Rating = score;
            RatingComment = cleanComment;
            RatedAt = now;
            if (reopens)
            {
                ReopenedAt = now;
            }
        });
    }

    /// <summary>The status as the portal and the tracking page show it.</summary>
    public static string StatusText(OpinionStatus status) => status switch
    {
        OpinionStatus.Registered => "已登记",
        OpinionStatus.Sorted => "已梳理",
        OpinionStatus.SettledLocally => "就地办理中",
        OpinionStatus.SentToUnit => "已转承办单位办理",
        OpinionStatus.RaisedAsSuggestion => "已转为代表建议",
        OpinionStatus.SuggestionAnswered => "建议已答复，待代表评价",
        OpinionStatus.Reopened => "群众不满意，退回重新办理",
        OpinionStatus.Answered => "已反馈",
        _ => "已评价",
    };

    private static string ActionText(OpinionAction action) => action switch
    {
        OpinionAction.Sort => "梳理分类",
        OpinionAction.SettleLocally => "就地办理",
        OpinionAction.SendToUnit => "转交承办单位",
        OpinionAction.RaiseAsSuggestion => "转为代表建议",
        OpinionAction.RecordFeedback => "登记反馈",
        OpinionAction.LinkSuggestion => "关联建议",
        OpinionAction.RecordSuggestionAnswer => "登记建议答复",
        OpinionAction.RecordSuggestionRejected or OpinionAction.ConcludeSuggestion => "登记代表对答复的评价",
        _ => "评价",
    };

    /// <summary>Whether a handling unit may answer: only the unit the opinion was sent to.</summary>
    public bool IsAssignedTo(string? unitCode) =>
        Status == OpinionStatus.SentToUnit && unitCode is not null && string.Equals(UnitCode, unitCode, StringComparison.Ordinal);

    private string Summary() => Content.Length <= 30 ? Content : Content[..30] + "…";

    private Outcome Apply(OpinionAction action, DomainErrors errors, Actor by, DateTimeOffset now, string? note, Action change)
    {
        // The state is checked first: an illegal transition is a 409 whatever the input.
        if (!Transitions.TryGetValue((Status, action), out var next))
        {
            return Outcome.Illegal($"意见当前状态为“{StatusText(Status)}”，不能{ActionText(action)}。");
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        change();
        Status = next;
        UpdatedAt = now;
        AddStep(next, by, now, note);
        return Outcome.Done;
    }

    private void AddStep(OpinionStatus status, Actor by, DateTimeOffset now, string? note) =>
        _steps.Add(new OpinionStep(_steps.Count + 1, status, by.Id?.ToString(), by.Name, by.Role, now, note));

    private static void CheckImage(ImageUpload? image, string field, DomainErrors errors)
    {
        if (image?.Data is not { Length: > 0 } data)
        {
            errors.Add(field, "图片内容不能为空。");
            return;
        }

        if (data.Length > MaxImageBytes)
        {
            errors.Add(field, $"单张图片不能超过 {MaxImageBytes / 1024 / 1024} MB。");
            return;
        }

        var matches = image.ContentType?.ToLowerInvariant() switch
        {
            "image/jpeg" => data.AsSpan().StartsWith(JpegMagic),
            "image/png" => data.AsSpan().StartsWith(PngMagic),
            "image/webp" => data.Length > 12 && data.AsSpan(0, 4).SequenceEqual("RIFF"u8) && data.AsSpan(8, 4).SequenceEqual("WEBP"u8),
            _ => (bool?)null,
        };
        if (matches is null)
        {
            errors.Add(field, "图片格式只支持 JPEG、PNG 或 WebP。");
        }
        else if (matches == false)
        {
            errors.Add(field, "图片内容与声明的格式不符。");
        }
    }
}
