using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace RenminDaibiao.Portal.Tests;

/// <summary>Station and committee staff handling citizens' opinions in the portal, each seeing only their own division.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StationWorkspaceTests(BrowserPlatform browser)
{
    private const string County = "411302";
    private const string Xinhua = "411302001";
    private const string Dongguan = "411302002";
    private const string UnitCode = "411302-ZJJ";
    private const string Password = "Portal#2026";

    private PlatformFixture Platform => browser.Platform;

    [Fact]
    public async Task A_station_staff_member_lands_on_the_opinion_board_sorts_a_citizens_opinion_sends_it_to_a_unit_and_records_the_answer()
    {
        var userName = await CreateStaffAccountAsync(Roles.StationStaff, Xinhua, "陈静");
        var content = $"新华路小学门口人行道砖松动，孩子们上学容易绊倒。{Guid.NewGuid():N}"[..36];
        var code = await SubmitToStationAsync(content);

        var page = await browser.NewPageAsync();
        await SignInAsync(page, userName);
        await Expect(page).ToHaveURLAsync(new Regex("/staff/opinions$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "人民代表 · 联络站工作台" })).ToBeVisibleAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "联络站工作台菜单" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "意见办理" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "我的建议" })).ToHaveCountAsync(0);

        // A deputy's page is not theirs: the portal takes them back to their own workspace, not to the sign-in form.
        await page.GotoAsync("/deputy");
        await Expect(page).ToHaveURLAsync(new Regex("/staff/opinions$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "群众意见办理" })).ToBeVisibleAsync();

        // The platform filters: a registered QR message is listed, and the same opinion is gone under another channel.
        var search = page.GetByRole(AriaRole.Button, new() { Name = "查询" });
        await Expect(search).ToBeEnabledAsync();
        await page.GetByLabel("反映渠道").SelectOptionAsync("visit");
        await search.ClickAsync();
        await Expect(page.GetByText(content)).ToHaveCountAsync(0);
        await page.GetByLabel("反映渠道").SelectOptionAsync("qr-message");
        await page.GetByLabel("办理状态").SelectOptionAsync("registered");
        await search.ClickAsync();
        var record = page.Locator("article.record").Filter(new() { HasText = content });
        await Expect(record).ToHaveCountAsync(1);
        await Expect(record).ToContainTextAsync(code);
        await PageChecks.CaptureAsync(page, "staff-opinion-board");

        await record.GetByRole(AriaRole.Link, new() { Name = "办理" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"群众意见 {code}" })).ToBeVisibleAsync();
        var status = page.Locator("#opinion-status");
        await Expect(status).ToHaveTextAsync("已登记");
        var sort = page.GetByRole(AriaRole.Button, new() { Name = "保存分类" });
        await Expect(sort).ToBeEnabledAsync();
        await page.GetByLabel("类别", new() { Exact = true }).FillAsync("城乡建设");
        await page.GetByLabel("办理层级").SelectOptionAsync("county");
        await sort.ClickAsync();
        await Expect(status).ToHaveTextAsync("已梳理");

        // The deadline is the day chosen, to its end in China time, and the page names that day.
        var due = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(10);
        await page.GetByLabel("承办单位代码").FillAsync(UnitCode);
        await page.GetByLabel("办理期限").FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "转交承办单位" }).ClickAsync();
        await Expect(status).ToHaveTextAsync("已转承办单位办理");
        await Expect(page.GetByText(string.Create(CultureInfo.InvariantCulture, $"{UnitCode} · 期限 {due:yyyy年M月d日}"))).ToBeVisibleAsync();

        // Reading the citizen's phone leaves a row in the audit trail that names who read it.
        await page.GetByRole(AriaRole.Button, new() { Name = "查看联系方式" }).ClickAsync();
        await Expect(page.Locator("#personal-data")).ToContainTextAsync("13912340000");
        var trail = page.GetByRole(AriaRole.Region, new() { Name = "个人信息查看记录" });
        await Expect(trail.GetByText("陈静（联络站工作人员）查看群众个人信息")).ToBeVisibleAsync();
        await PageChecks.CaptureAsync(page, "staff-opinion-sent-to-unit");

        await page.GetByLabel("答复内容").FillAsync("区住建局已更换松动的人行道砖。");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记反馈" }).ClickAsync();
        await Expect(status).ToHaveTextAsync("已反馈");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "办理过程" }).Locator("li")).ToHaveCountAsync(4);

        using var staff = Platform.CreateClient(TestTokens.Subject(Roles.StationStaff, Xinhua));
        var stored = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/track/{code}");
        Assert.Equal(("answered", "城乡建设"), (stored.GetProperty("status").GetString(), stored.GetProperty("category").GetString()));
    }

    [Fact]
    public async Task A_township_staff_members_portal_shows_no_other_townships_opinions_while_their_county_sees_both()
    {
        var own = $"新华街道：菜市场门口夜间无路灯。{Guid.NewGuid():N}"[..28];
        var other = $"东关街道：解放路下水道堵塞。{Guid.NewGuid():N}"[..28];
        var otherId = await RegisterVisitAsync(Dongguan, other);
        await RegisterVisitAsync(Xinhua, own);

        var township = await browser.NewPageAsync();
        await SignInAsync(township, await CreateStaffAccountAsync(Roles.StationStaff, Xinhua, "刘芳"));
        await Expect(township.GetByText(own)).ToBeVisibleAsync();
        await Expect(township.GetByText(other)).ToHaveCountAsync(0);
        await Expect(township.Locator("article.record").Filter(new() { HasText = "东关街道" })).ToHaveCountAsync(0);

        // Not by its address either: the other township's opinion is not found.
        await township.GotoAsync($"/staff/opinions/{otherId}");
        await Expect(township.GetByText("没有找到这条群众意见")).ToBeVisibleAsync();
        await Expect(township.GetByText(other)).ToHaveCountAsync(0);

        var county = await browser.NewPageAsync();
        await SignInAsync(county, await CreateStaffAccountAsync(Roles.CommitteeStaff, County, "赵磊"));
        await Expect(county).ToHaveURLAsync(new Regex("/staff/opinions$"));
        await Expect(county.GetByRole(AriaRole.Link, new() { Name = "人民代表 · 人大常委会工作台" })).ToBeVisibleAsync();
        await Expect(county.GetByText(own)).ToBeVisibleAsync();
        await Expect(county.GetByText(other)).ToBeVisibleAsync();
        await PageChecks.CaptureAsync(county, "committee-opinion-board");
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/account/signin");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "群众意见办理" })).ToBeVisibleAsync();
    }

    private async Task<string> CreateStaffAccountAsync(string role, string divisionCode, string displayName)
    {
        var userName = $"staff-{Guid.NewGuid():N}"[..20];
        using var admin = await Platform.LoginAsync("admin", "Admin#2026");
        await ExpectOkAsync(admin.PostAsJsonAsync("/api/auth/accounts", new
        {
            userName, displayName, password = Password, roles = new[] { role }, divisionCode,
        }));
        return userName;
    }

    /// <summary>A citizen scans the 新华街道 station's sign and leaves a message with a phone number; the tracking code.</summary>
    private async Task<string> SubmitToStationAsync(string content)
    {
        using var staff = Platform.CreateClient(TestTokens.Subject(Roles.StationStaff, Xinhua));
        var stationId = (await ExpectOkAsync(staff.PostAsJsonAsync("/api/stations/stations", new
        {
            name = $"新华街道代表联络站{Guid.NewGuid():N}"[..14], tier = "station", divisionCode = Xinhua, address = "南阳市宛城区新华路 8 号",
            openingHours = "周三 09:00-11:30", sixHas = new { sign = true, place = true, rules = true, plan = true, records = true, archive = true },
        }))).GetProperty("id").GetGuid();

        // An address of its own (reserved for tests), so the public form's per-IP limit counts this citizen alone.
        using var citizen = Platform.CreateClient();
        citizen.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.19.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}");
        var created = await ExpectOkAsync(citizen.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            stationId, content, channel = "qr-message", name = "王先生", phone = "13912340000",
        }));
        return created.GetProperty("trackingCode").GetString()!;
    }

    /// <summary>Station staff of <paramref name="divisionCode"/> register a visitor's opinion; its id.</summary>
    private async Task<Guid> RegisterVisitAsync(string divisionCode, string content)
    {
        using var staff = Platform.CreateClient(TestTokens.Subject(Roles.StationStaff, divisionCode));
        var registered = await ExpectOkAsync(staff.PostAsJsonAsync("/api/stations/opinions", new
        {
            channel = "visit", divisionCode, content, name = "李女士", phone = "13812345678",
        }));
        return registered.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ExpectOkAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
