using RenminDaibiao.Suggestions.Domain;

namespace RenminDaibiao.Suggestions.Tests;

/// <summary>The rules written once as expressions on the aggregate give the same answer in memory and in a query.</summary>
public sealed class RuleTests
{
    [Fact]
    public void Overdue_and_due_soon_agree_in_memory_and_in_queries()
    {
        var assigned = StateMachineTests.InState(SuggestionState.Assigned);
        var answered = StateMachineTests.InState(SuggestionState.Answered);
        var due = assigned.DueAt!.Value;
        var items = new[] { assigned, answered }.AsQueryable();

        Assert.False(assigned.IsOverdue(due));
        Assert.True(assigned.IsOverdue(due.AddSeconds(1)));
        Assert.False(answered.IsOverdue(due.AddYears(1)));
        Assert.Empty(items.Where(Suggestion.Overdue(due)).ToList());
        Assert.Equal([assigned], items.Where(Suggestion.Overdue(due.AddSeconds(1))).ToList());
        Assert.Equal([answered], items.Where(RuleExpressions.Not(Suggestion.Overdue(due.AddSeconds(1)))).ToList());

        Assert.Equal([assigned], items.Where(Suggestion.DueSoon(due.AddDays(-7), due)).ToList());
        Assert.Empty(items.Where(Suggestion.DueSoon(due.AddSeconds(1), due.AddDays(7))).ToList());
    }

    [Fact]
    public void Visibility_follows_the_actor()
    {
        var assigned = StateMachineTests.InState(SuggestionState.Assigned);
        var items = new[] { assigned }.AsQueryable();

        Assert.Single(items.Where(Suggestion.VisibleTo(new Actor(Guid.CreateVersion7(), "工委", IsCommitteeStaff: true))));
        Assert.Single(items.Where(Suggestion.VisibleTo(new Actor(Guid.CreateVersion7(), "住建局", UnitCode: assigned.LeadUnitCode))));
        Assert.Single(items.Where(Suggestion.VisibleTo(new Actor(Guid.CreateVersion7(), "代表", DeputyId: assigned.LeadDeputyId))));
        Assert.Empty(items.Where(Suggestion.VisibleTo(new Actor(Guid.CreateVersion7(), "交通局", UnitCode: "411302-JTJ"))));
        Assert.Empty(items.Where(Suggestion.VisibleTo(new Actor(Guid.CreateVersion7(), "他人", DeputyId: Guid.CreateVersion7()))));
        Assert.Empty(items.Where(Suggestion.VisibleTo(new Actor(Guid.CreateVersion7(), "无角色"))));
    }
}
