namespace RenminDaibiao.Suggestions.Domain;

public enum Rating
{
    Satisfied,
    BasicallySatisfied,
    Unsatisfied,
}
