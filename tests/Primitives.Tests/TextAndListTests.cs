namespace RenminDaibiao.Primitives.Tests;

public sealed class TextAndListTests
{
    [Fact]
    public void A_required_text_is_trimmed_and_refused_when_empty_or_too_long_naming_the_field()
    {
        var errors = new DomainErrors();

        Assert.Equal("路灯坏了", Text.Required("  路灯坏了 ", "content", "反映内容", 10, errors));
        Assert.Null(Text.Required("   ", "name", "姓名", 10, errors));
        Assert.Null(Text.Required(new string('长', 11), "title", "标题", 10, errors));

        Assert.Equal(["name", "title"], errors.ByField.Keys.Order());
        Assert.Contains("不能为空", errors.ByField["name"][0], StringComparison.Ordinal);
        Assert.Contains("10", errors.ByField["title"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_optional_text_is_null_when_blank_and_refused_not_dropped_when_too_long()
    {
        var errors = new DomainErrors();

        Assert.Null(Text.Optional(" ", "note", "备注", 5, errors));
        Assert.False(errors.Any);
        Assert.Null(Text.Optional("123456", "note", "备注", 5, errors));
        Assert.True(errors.ByField.ContainsKey("note"));
    }

    [Fact]
    public void A_list_names_each_null_entry_and_refuses_too_many_entries()
    {
        var errors = new DomainErrors();

        Assert.False(Lists.WithinLimits(new string?[] { "a", null, "c", null }, "items", "事项", 10, errors));
        Assert.Equal(["items[1]", "items[3]"], errors.ByField.Keys.Order());

        var tooMany = new DomainErrors();
        Assert.False(Lists.WithinLimits(Enumerable.Range(0, 11).ToList(), "items", "事项", 10, tooMany));
        Assert.Equal(["items"], tooMany.ByField.Keys);

        Assert.True(Lists.WithinLimits<string>(null, "items", "事项", 10, new DomainErrors()));
    }

    [Fact]
    public void An_outcome_is_done_only_without_errors_or_conflict()
    {
        Assert.True(Outcome.From(new DomainErrors()).Succeeded);
        Assert.False(Outcome.Invalid("title", "标题不能为空。").Succeeded);
        Assert.Equal("已办结", Outcome.Illegal("已办结").Conflict);
        Assert.Equal("value", Outcome<string>.Made("value").Value);
        Assert.Null(Outcome<string>.Illegal("x").Value);
    }
}
