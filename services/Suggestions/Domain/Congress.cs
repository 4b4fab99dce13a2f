using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Suggestions.Domain;

/// <summary>
/// A congress term (届), replicated from the Deputies service's CongressDeclared events, with the handling
/// rules this service applies to its suggestions: motion co-signers and the answer deadlines. Only those events
/// change it: the Deputies service is the one place where a congress and its rules are kept.
/// </summary>
public sealed class Congress : IDivisionScoped
{
    public const int MaxNameLength = 100;
    public const int MaxLevelLength = 20;

    private IReadOnlyList<CongressSession> _sessions = [];

    private Congress()
    {
        Name = "";
        DivisionCode = "";
        Level = "";
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string DivisionCode { get; private set; }

    public string Level { get; private set; }

    public int Term { get; private set; }

    public int MotionMinimumCoSigners { get; private set; } = HandlingRules.DefaultMotionMinimumCoSigners;

    public int SessionDeadlineDays { get; private set; } = HandlingRules.DefaultSessionDeadlineDays;

    public int InterimDeadlineDays { get; private set; } = HandlingRules.DefaultInterimDeadlineDays;

    /// <summary>The term's sessions (会议) so far, in order of their dates.</summary>
    public IReadOnlyList<CongressSession> Sessions => _sessions;

    public HandlingRules Rules => new(MotionMinimumCoSigners, SessionDeadlineDays, InterimDeadlineDays, _sessions);

    public static Congress Declare(
        Guid id, string name, string divisionCode, string level, int term, int motionMinimumCoSigners, int sessionDeadlineDays, int interimDeadlineDays,
        IReadOnlyList<CongressSession> sessions)
    {
        var congress = new Congress { Id = id };
        congress.Update(name, divisionCode, level, term, motionMinimumCoSigners, sessionDeadlineDays, interimDeadlineDays, sessions);
        return congress;
    }

    /// <summary>Takes the congress as the Deputies service last declared it; that service validated the values.</summary>
    public void Update(
        string name, string divisionCode, string level, int term, int motionMinimumCoSigners, int sessionDeadlineDays, int interimDeadlineDays,
        IReadOnlyList<CongressSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        Name = name;
        DivisionCode = divisionCode;
        Level = level;
        Term = term;
        MotionMinimumCoSigners = motionMinimumCoSigners > 0 ? motionMinimumCoSigners : HandlingRules.DefaultMotionMinimumCoSigners;
        SessionDeadlineDays = sessionDeadlineDays;
        InterimDeadlineDays = interimDeadlineDays;
        _sessions = [.. sessions.OrderBy(session => session.StartsOn)];
    }
}
