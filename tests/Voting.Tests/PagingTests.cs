using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Voting.Tests;

/// <summary>Every Voting list answers the platform's one page shape: items, page, pageSize, total; 20 by default, at most 100.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class PagingTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    private readonly VotingHost _host = new(infrastructure);

    [Theory]
    [InlineData("/api/voting/congresses")]
    [InlineData("/api/voting/candidates")]
    [InlineData("/api/voting/votes")]
    [InlineData("/api/voting/evaluations")]
    [InlineData("/api/voting/evaluations/rectifications")]
    [InlineData("/api/voting/projects")]
    [InlineData("/api/voting/commitments")]
    public async Task A_list_answers_one_page_and_refuses_a_page_size_above_the_maximum_naming_it(string path)
    {
        using var staff = _host.Staff();
        var page = await staff.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(JsonValueKind.Array, page.GetProperty("items").ValueKind);
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("total").GetInt32() >= 0);

        using var tooBig = await staff.GetAsync($"{path}?pageSize=101");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.True((await tooBig.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task Candidates_are_paged_with_the_total_of_the_whole_list()
    {
        var (congress, _) = await _host.SeedCongressAsync(1);
        await _host.ApprovedCandidatesAsync(congress, 3);
        using var staff = _host.Staff();

        var second = await staff.GetFromJsonAsync<JsonElement>($"/api/voting/candidates?congressId={congress}&page=2&pageSize=2");

        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Single(second.GetProperty("items").EnumerateArray());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();
}
