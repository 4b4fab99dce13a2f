using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>A people's congress (人大) of one division and level, in one term (届), with its points rules.</summary>
public sealed class Congress : EventSource, IDivisionScoped
{
    public const int MaxNameLength = 100;

    private IReadOnlyList<PointsRule> _pointsRules = [];
    private IReadOnlyList<CongressSession> _sessions = [];

    private Congress()
    {
    }

    public Guid Id { get; private set; }

    public string DivisionCode { get; private set; } = "";

    /// <summary>national, provincial, city, county or township.</summary>
    public string Level { get; private set; } = "";

    /// <summary>The term (届), e.g. 8 for 第八届.</summary>
    public int Term { get; private set; }

    public string Name { get; private set; } = "";

    public int StartYear { get; private set; }

    public int EndYear { get; private set; }

    /// <summary>A motion (议案) needs at least this many co-signing deputies.</summary>
    public int MotionMinimumCoSigners { get; private set; }

    /// <summary>Days a handling unit has to answer a suggestion made during the session (3 months by default).</summary>
    public int SessionSuggestionDeadlineDays { get; private set; }

    /// <summary>Days a handling unit has to answer a suggestion made between sessions (1 month by default).</summary>
    public int InterimSuggestionDeadlineDays { get; private set; }

    public IReadOnlyList<PointsRule> PointsRules => _pointsRules;

    /// <summary>The term's sessions (会议) scheduled so far, in order of their dates.</summary>
    public IReadOnlyList<CongressSession> Sessions => _sessions;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public PointsRule RuleFor(string kind) =>
        _pointsRules.FirstOrDefault(rule => rule.Kind == kind)
        ?? PointsRule.Defaults.First(rule => rule.Kind == kind);

    /// <summary>
    /// Declares a congress (announced with <see cref="CongressDeclared"/>), or explains which fields break the rules.
    /// The demo data passes fixed ids so that every service's demo data refers to the same congresses.
    /// </summary>
    public static Outcome<Congress> Create(CongressInput input, DateTimeOffset now, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        DivisionCodes.Require(input.DivisionCode, errors);

        if (!CongressLevels.IsValid(input.Level))
        {
            errors.Add("level", "人大层级应为 national、provincial、city、county 或 township。");
        }
        else if (DivisionCodes.IsValid(input.DivisionCode) && !CongressLevels.FitsDivision(input.Level!, input.DivisionCode!))
        {
            errors.Add("level", "人大层级与行政区划不符。");
        }

        var congress = new Congress
        {
            Id = id ?? Guid.CreateVersion7(),
            DivisionCode = input.DivisionCode ?? "",
            Level = input.Level ?? "",
            CreatedAt = now,
        };
        congress.Apply(input, errors, now);
        if (errors.Any)
        {
            return Outcome<Congress>.Invalid(errors);
        }

        congress.RaiseDeclared();
        return Outcome<Congress>.Made(congress);
    }

    /// <summary>
    /// Changes everything but the division and the level, and announces the congress again. Sessions left out
    /// (null) stay as they are.
    /// </summary>
    public Outcome Update(CongressInput input, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new DomainErrors();
        if (input.DivisionCode is not null && input.DivisionCode != DivisionCode)
        {
            errors.Add("divisionCode", "人大所属行政区划不能修改。");
        }

        if (input.Level is not null && input.Level != Level)
        {
            errors.Add("level", "人大层级不能修改。");
        }

        Apply(input, errors, now);
        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        RaiseDeclared();
        return Outcome.Done;
    }

    private void RaiseDeclared() => Raise(new CongressDeclared(
        Id, Name, DivisionCode, Level, Term, MotionMinimumCoSigners, SessionSuggestionDeadlineDays, InterimSuggestionDeadlineDays,
        [.. _sessions.Select(session => new Contracts.Deputies.CongressSession(session.Number, session.StartsOn, session.EndsOn))]));

    private void Apply(CongressInput input, DomainErrors errors, DateTimeOffset now)
    {
        var name = Text.Required(input.Name, "name", "名称", MaxNameLength, errors);
        if (input.Term is not { } term || term < 1 || term > 99)
        {
            errors.Add("term", "届次应在 1 到 99 之间。");
        }

        if (input.StartYear is not { } start || start < 1954 || start > 2100)
        {
            errors.Add("startYear", "起始年份应在 1954 到 2100 之间。");
        }

        var end = input.EndYear ?? (input.StartYear ?? 0) + 5;
        if (input.StartYear is { } s && (end < s || end > s + 10))
        {
            errors.Add("endYear", "结束年份应不早于起始年份，且任期不超过 10 年。");
        }

        if (input.MotionMinimumCoSigners is { } minimum && (minimum < 0 || minimum > 100))
        {
            errors.Add("motionMinimumCoSigners", "议案最少附议人数应在 0 到 100 之间。");
        }

        if (input.SessionSuggestionDeadlineDays is { } sessionDays && (sessionDays < 1 || sessionDays > 365))
        {
            errors.Add("sessionSuggestionDeadlineDays", "会议期间建议办理期限应在 1 到 365 天之间。");
        }

        if (input.InterimSuggestionDeadlineDays is { } interimDays && (interimDays < 1 || interimDays > 365))
        {
            errors.Add("interimSuggestionDeadlineDays", "闭会期间建议办理期限应在 1 到 365 天之间。");
        }

        var rules = PointsRule.Merge(input.PointsRules, errors);
        IReadOnlyList<CongressSession>? sessions = null;
        if (input.StartYear is { } first)
        {
            if (input.Sessions is { } given)
            {
                sessions = CongressSession.Validate(given, first, end, errors);
            }
            else if (_sessions.Any(session => session.StartsOn.Year < first || session.EndsOn.Year > end))
            {
                errors.Add("sessions", "已排定的会议不在修改后的任期之内，请一并修改会议日期。");
            }
        }

        if (errors.Any)
        {
            return;
        }

        Name = name!;
        Term = input.Term!.Value;
        StartYear = input.StartYear!.Value;
        EndYear = end;
        MotionMinimumCoSigners = input.MotionMinimumCoSigners ?? (Level == CongressLevels.Township ? 5 : 10);
        SessionSuggestionDeadlineDays = input.SessionSuggestionDeadlineDays ?? 90;
        InterimSuggestionDeadlineDays = input.InterimSuggestionDeadlineDays ?? 30;
        _pointsRules = [.. rules];
        _sessions = sessions ?? _sessions;
        UpdatedAt = now;
    }
}
