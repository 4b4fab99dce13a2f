using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace RenminDaibiao.Portal.Tests;

/// <summary>A deputy votes in the portal on a 民生实事 project vote that committee staff opened through the API.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VotingInThePortalTests(BrowserPlatform browser)
{
    private const string County = "411302";
    private const string Password = "Portal#2026";

    private PlatformFixture Platform => browser.Platform;

    [Fact]
    public async Task A_deputy_casts_a_ballot_after_confirming_it_the_receipt_shown_once_proves_it_was_recorded_and_the_duty_report_downloads()
    {
        using var staff = Platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, County));
        var congressId = await CountyCongressAsync(staff);
        var deputyId = (await ExpectOkAsync(staff.PostAsJsonAsync("/api/deputies/deputies", new
        {
            name = "李秀英", divisionCode = County, gender = "female", ethnicity = "汉族", birthDate = "1978-09-10", phone = "13800138001", occupation = "医生",
            seats = new[] { new { congressId } },
        }))).GetProperty("id").GetGuid();
        var userName = $"voter-{Guid.NewGuid():N}"[..20];
        using (var admin = await Platform.LoginAsync("admin", "Admin#2026"))
        {
            await ExpectOkAsync(admin.PostAsJsonAsync("/api/auth/accounts", new
            {
                userName, displayName = "李秀英", password = Password, roles = new[] { Roles.Deputy }, divisionCode = County, deputyId,
            }));
        }

        var project = $"新建社区邻里中心{Guid.NewGuid():N}"[..14];
        var candidateId = await Eventually.GetAsync<string>(async () =>
        {
            using var created = await staff.PostAsJsonAsync("/api/voting/candidates", new
            {
                congressId, title = project, description = "在 3 个街道建邻里中心", source = "government", proposedBy = "区政府",
            });
            return created.StatusCode == HttpStatusCode.Created ? (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString() : null;
        }, "Voting knows the congress declared by Deputies", TimeSpan.FromSeconds(60));
        foreach (var stage in new[] { "chairpersons-council", "party-committee", "standing-committee" })
        {
            await ExpectOkAsync(staff.PostAsJsonAsync($"/api/voting/candidates/{candidateId}/reviews", new { stage, approved = true, reviewer = "审查人", reason = "同意" }));
        }

        var voteTitle = $"2026 年度民生实事项目票决 {Guid.NewGuid():N}"[..22];
        var voteId = (await ExpectOkAsync(staff.PostAsJsonAsync("/api/voting/votes", new
        {
            congressId, title = voteTitle, session = "第一次会议", mode = "choose", maxChoices = 1, candidateIds = new[] { candidateId },
        }))).GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(
            async () => (await staff.GetFromJsonAsync<JsonElement>($"/api/voting/congresses/{congressId}")).GetProperty("servingDeputies").GetInt32() == 1,
            "the seat reached Voting",
            TimeSpan.FromSeconds(60));
        await ExpectOkAsync(staff.PostAsync($"/api/voting/votes/{voteId}/open", null));

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "代表工作台" })).ToBeVisibleAsync();

        await page.GotoAsync("/deputy/votes");
        var vote = page.GetByRole(AriaRole.Article, new() { Name = voteTitle });
        await vote.GetByLabel(project).CheckAsync();
        await PageChecks.CaptureAsync(page, "deputy-votes");
        await vote.GetByRole(AriaRole.Button, new() { Name = "投票" }).ClickAsync();
        var confirmation = page.GetByRole(AriaRole.Dialog);
        await Expect(confirmation.GetByText($"{project}：选择")).ToBeVisibleAsync();
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "确认投票" }).ClickAsync();

        var receipt = (await page.Locator("#receipt-code").TextContentAsync())!.Trim();
        Assert.NotEmpty(receipt);
        await PageChecks.CaptureAsync(page, "deputy-vote-receipt");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "要核实的回执码" }).FillAsync(receipt);
        await page.GetByRole(AriaRole.Button, new() { Name = "核实" }).ClickAsync();
        await Expect(page.Locator(".checked")).ToContainTextAsync("已投入票箱");

        // The receipt is shown once: a new visit to the page has no receipt on it.
        await page.ReloadAsync();
        await Expect(page.Locator("#receipt-code")).ToHaveCountAsync(0);
        using var deputy = Platform.CreateClient(TestTokens.Subject(Roles.Deputy, County, deputyId: deputyId));
        var checkedReceipt = await ExpectOkAsync(deputy.PostAsJsonAsync("/api/voting/votes/receipts/check", new { code = receipt }));
        Assert.True(checkedReceipt.GetProperty("recorded").GetBoolean());

        // The same deputy's duty page, and the yearly report it links to (an Excel workbook is a zip: "PK").
        await page.GotoAsync("/deputy/duty");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "我的履职" })).ToBeVisibleAsync();
        await PageChecks.CaptureAsync(page, "deputy-duty");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载年度履职报告（Excel）" }).ClickAsync());
        Assert.Equal($"履职报告-{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year}.xlsx", download.SuggestedFilename);
        await using var workbook = await download.CreateReadStreamAsync();
        var signature = new byte[2];
        await workbook.ReadExactlyAsync(signature);
        Assert.Equal("PK"u8.ToArray(), signature);
    }

    /// <summary>A new county congress; a term another test already declared is refused (409), so another is tried.</summary>
    private static async Task<Guid> CountyCongressAsync(HttpClient staff)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var declared = await staff.PostAsJsonAsync("/api/deputies/congresses", new
            {
                divisionCode = County, level = "county", term = Random.Shared.Next(1, 100), name = "宛城区人民代表大会（门户票决）", startYear = 2026, endYear = 2030,
                motionMinimumCoSigners = 10, sessionSuggestionDeadlineDays = 90, interimSuggestionDeadlineDays = 30,
            });
            if (declared.StatusCode == HttpStatusCode.Created)
            {
                return (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            }

            Assert.True(declared.StatusCode == HttpStatusCode.Conflict && attempt < 30, await declared.Content.ReadAsStringAsync());
        }
    }

    private static async Task<JsonElement> ExpectOkAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
