using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Primitives.Tests;

public sealed class ProblemsAndPagingTests
{
    [Fact]
    public void A_refused_outcome_is_400_naming_the_field_or_409_and_a_done_one_is_no_problem()
    {
        var invalid = Outcome.Invalid("title", "标题不能为空。").ToProblem()!;
        var details = Assert.IsType<ValidationProblemDetails>(invalid.ProblemDetails);
        Assert.Equal(StatusCodes.Status400BadRequest, invalid.StatusCode);
        Assert.True(details.Errors.ContainsKey("title"));

        var conflict = Outcome.Illegal("建议已办结。").ToProblem()!;
        Assert.Equal(StatusCodes.Status409Conflict, conflict.StatusCode);
        Assert.Equal(Problems.ConflictTitle, conflict.ProblemDetails.Title);

        Assert.Null(Outcome.Done.ToProblem());
    }

    [Theory]
    [InlineData(null, null, 1, Paging.DefaultPageSize)]
    [InlineData(3, 50, 3, 50)]
    [InlineData(1, Paging.MaxPageSize, 1, Paging.MaxPageSize)]
    public void A_page_within_the_limits_is_read_as_asked(int? page, int? size, int number, int expectedSize)
    {
        var errors = new DomainErrors();

        var request = Paging.Read(page, size, errors);

        Assert.False(errors.Any);
        Assert.Equal((number, expectedSize), (request.Number, request.Size));
        Assert.Equal((number - 1) * expectedSize, request.Skip);
    }

    [Theory]
    [InlineData(0, null, "page")]
    [InlineData(null, 0, "pageSize")]
    [InlineData(null, Paging.MaxPageSize + 1, "pageSize")]
    public void A_page_outside_the_limits_is_refused_not_clamped(int? page, int? size, string field)
    {
        var errors = new DomainErrors();

        Paging.Read(page, size, errors);

        Assert.Equal([field], errors.ByField.Keys);
    }
}
