using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Suggestions.Domain;

/// <summary>
/// A congress term (届), replicated from the Deputies service's CongressDeclared events, with the handling
/// rules this service applies to its suggestions: motion co-signers and the answer deadlines.
/// </summary>
public sealed class Congress : IDivisionScoped
{
    public const int MaxNameLength = 100;
    public const int MaxLevelLength = 20;

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

    public int SessionDeadlineMonths { get; private set; } = HandlingRules.DefaultSessionDeadlineMonths;

    public int InterimDeadlineMonths { get; private set; } = HandlingRules.DefaultInterimDeadlineMonths;

    public HandlingRules Rules => new(MotionMinimumCoSigners, SessionDeadlineMonths, InterimDeadlineMonths);

    public static Congress Declare(Guid id, string name, string divisionCode, string level, int term, int motionMinimumCoSigners)
    {
        var congress = new Congress { Id = id };
        congress.Update(name, divisionCode, level, term, motionMinimumCoSigners);
        return congress;
    }

    public void Update(string name, string divisionCode, string level, int term, int motionMinimumCoSigners)
    {
        Name = name;
        DivisionCode = divisionCode;
        Level = level;
        Term = term;
        MotionMinimumCoSigners = motionMinimumCoSigners > 0 ? motionMinimumCoSigners : HandlingRules.DefaultMotionMinimumCoSigners;
    }

    /// <summary>Committee staff configure the answer deadlines of this congress (months, 1 to 12).</summary>
    public Outcome ConfigureDeadlines(int? sessionMonths, int? interimMonths)
    {
        var errors = new DomainErrors();
        if (sessionMonths is not (>= 1 and <= 12))
        {
            errors.Add("sessionDeadlineMonths", "会议期间建议的办理期限应为 1 至 12 个月。");
        }

        if (interimMonths is not (>= 1 and <= 12))
        {
            errors.Add("interimDeadlineMonths", "闭会期间建议的办理期限应为 1 至 12 个月。");
        }

        if (errors.Any)
        {
            return Outcome.Invalid(errors);
        }

        SessionDeadlineMonths = sessionMonths!.Value;
        InterimDeadlineMonths = interimMonths!.Value;
        return Outcome.Done;
    }
}
