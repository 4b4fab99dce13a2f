namespace RenminDaibiao.Suggestions.Domain;

public enum AnswerCategory
{
    Solved,
    BeingSolved,
    CannotSolveNow,
}
