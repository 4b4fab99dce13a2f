using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using RenminDaibiao.Primitives;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace RenminDaibiao.Portal.Tests;

/// <summary>Citizens and deputies using the portal in Chromium, against the whole platform behind its gateway.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalJourneyTests(BrowserPlatform browser)
{
    private const string County = "411302";
    private const string Township = "411302001";
    private const string UnitCode = "411302-ZJJ";

    private PlatformFixture Platform => browser.Platform;

    [Fact]
    public async Task A_citizen_scans_a_deputys_QR_code_leaves_an_opinion_with_a_photo_and_later_rates_the_answer()
    {
        var deputyId = await ServingDeputyAsync("周晓梅");
        using var anonymous = Platform.CreateClient();
        var qr = await anonymous.GetByteArrayAsync($"/api/deputies/public/deputies/{deputyId}/qr");
        var url = QrCodes.Decode(qr);
        Assert.Equal($"{Platform.GatewayAddress.GetLeftPart(UriPartial.Authority)}/citizen/opinion?deputy={deputyId}", url);

        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        await Expect(page.GetByText("周晓梅")).ToBeVisibleAsync();
        await PageChecks.CaptureAsync(page, "citizen-opinion");

        await page.GetByLabel("反映方式").SelectOptionAsync("photo-report");
        await page.GetByLabel("问题类别").SelectOptionAsync("交通出行");
        await page.GetByLabel("反映内容").FillAsync("建设路公交站的雨棚破了一个大洞，下雨天候车的老人都淋湿了。");
        // The browser's own "Choose Files" button is hidden behind a Chinese one that opens the same input.
        await Expect(page.Locator("#photos")).ToHaveCSSAsync("opacity", "0");
        await Expect(page.Locator("label[for=photos].ant-btn")).ToHaveTextAsync("拍照或选择照片");
        await Expect(page.Locator("#photos-chosen")).ToHaveTextAsync("未选择照片");
        await page.GetByLabel("照片（可选").SetInputFilesAsync(new FilePayload { Name = "雨棚.png", MimeType = "image/png", Buffer = qr });
        await Expect(page.Locator("#photos-chosen")).ToHaveTextAsync("已选择 1 张：雨棚.png");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "手机号" }).FillAsync($"139{Random.Shared.Next(10_000_000, 99_999_999)}");
        await page.GetByLabel("我同意").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        var code = (await page.Locator("#tracking-code").TextContentAsync())!.Trim();
        Assert.NotEmpty(code);
        await PageChecks.CaptureAsync(page, "citizen-submitted");

        using var staff = Platform.CreateClient(TestTokens.Subject(Roles.StationStaff, Township));
        var chosen = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{await OpinionIdAsync(staff, code)}");
        Assert.Equal("交通出行", chosen.GetProperty("category").GetString());

        var opinionId = await HandleThroughUnitAsync(code, "雨棚已于本周更换。");
        var stored = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{opinionId}");
        Assert.Equal(1, stored.GetProperty("imageCount").GetInt32());

        await page.GotoAsync($"/citizen/track?code={code}");
        await Expect(page.GetByText("雨棚已于本周更换。")).ToBeVisibleAsync();
        await PageChecks.CaptureAsync(page, "citizen-track");
        await page.GetByLabel("5 分").CheckAsync();
        await page.GetByLabel("评价意见").FillAsync("处理很及时，谢谢！");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(page.GetByText("您的评价：5 分")).ToBeVisibleAsync();

        var tracked = await anonymous.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/track/{code}");
        Assert.Equal(5, tracked.GetProperty("rating").GetInt32());
    }

    [Fact]
    public async Task A_citizen_scans_a_stations_sign_and_the_message_reaches_that_station()
    {
        using var staff = Platform.CreateClient(TestTokens.Subject(Roles.StationStaff, Township));
        var stationId = (await ExpectOkAsync(staff.PostAsJsonAsync("/api/stations/stations", new
        {
            name = $"新华街道代表联络站{Guid.NewGuid():N}"[..14], tier = "station", divisionCode = Township, address = "南阳市宛城区新华路 8 号",
            openingHours = "周三 09:00-11:30", sixHas = new { sign = true, place = true, rules = true, plan = true, records = true, archive = true },
        }))).GetProperty("id").GetGuid();
        using var anonymous = Platform.CreateClient();
        var url = QrCodes.Decode(await anonymous.GetByteArrayAsync($"/api/stations/public/stations/{stationId}/qr"));
        Assert.Equal($"{Platform.GatewayAddress.GetLeftPart(UriPartial.Authority)}/citizen/opinion?station={stationId}", url);

        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        await Expect(page.GetByText("您的留言将送达本联络站")).ToBeVisibleAsync();
        await page.GetByLabel("反映内容").FillAsync("新华路菜市场门口路灯坏了一个多月，晚上很黑。");
        await page.GetByLabel("我同意").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        var code = (await page.Locator("#tracking-code").TextContentAsync())!.Trim();

        var opinion = await staff.GetFromJsonAsync<JsonElement>($"/api/stations/opinions/{await OpinionIdAsync(staff, code)}");
        Assert.Equal(stationId, opinion.GetProperty("stationId").GetGuid());
    }

    [Fact]
    public async Task A_deputy_takes_up_an_opinion_submits_the_suggestion_sees_the_answer_arrive_live_opens_it_from_the_inbox_and_rates_it()
    {
        var deputyId = await ServingDeputyAsync("王志强");
        var userName = $"deputy-{Guid.NewGuid():N}"[..20];
        await CreateDeputyAccountAsync(userName, "王志强", deputyId);
        using var anonymous = Platform.CreateClient();
        var content = $"光武路与新华路口没有信号灯，早晚高峰很危险。{Guid.NewGuid():N}"[..40];
        var code = await SubmitOpinionAsync(anonymous, deputyId, content);
        using var stationStaff = Platform.CreateClient(TestTokens.Subject(Roles.StationStaff, Township));
        var opinionId = await OpinionIdAsync(stationStaff, code);
        await ExpectOkAsync(stationStaff.PostAsJsonAsync($"/api/stations/opinions/{opinionId}/sort", new { category = "交通出行", level = "city" }));

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/deputy");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
        await PageChecks.CaptureAsync(page, "signin");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "代表工作台" })).ToBeVisibleAsync();
        await PageChecks.CaptureAsync(page, "deputy-home");

        await page.GotoAsync("/deputy/opinions");
        await Expect(page.GetByText(content)).ToBeVisibleAsync();
        var title = $"关于增设光武路口信号灯的建议{Guid.NewGuid():N}"[..22];
        var raise = page.GetByRole(AriaRole.Button, new() { Name = "转为建议" });
        await Expect(raise).ToBeEnabledAsync();
        await page.GetByLabel("建议标题").FillAsync(title);
        await PageChecks.CaptureAsync(page, "deputy-opinions");
        await raise.ClickAsync();
        await Expect(page.GetByText("已转为建议，草稿稍后出现")).ToBeVisibleAsync();

        // The draft crosses RabbitMQ from Stations to Suggestions; the list shows it once it has arrived.
        await page.GotoAsync("/deputy/suggestions");
        for (var attempt = 0; attempt < 60 && await page.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync() == 0; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await page.ReloadAsync();
        }

        await PageChecks.CaptureAsync(page, "deputy-suggestions");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "提交建议" });
        await Expect(submit).ToBeEnabledAsync();
        await submit.ClickAsync();
        await Expect(page.GetByText("建议已提交。")).ToBeVisibleAsync();
        var suggestionId = Guid.Parse(page.Url.Split('/')[^1]);

        await page.GotoAsync("/deputy/notifications");
        await Expect(page.GetByText("新消息将实时显示。")).ToBeVisibleAsync();
        var before = await page.Locator("li.record").CountAsync();
        await AnswerSuggestionAsync(suggestionId, "已在光武路口增设信号灯，下月投入使用。");

        // Two messages arrive live: the suggestion's answer, and the opinion it came from, which moved on by itself.
        // Both are in before anything is clicked, so the list no longer re-renders under the click.
        await Expect(page.Locator("li.record")).ToHaveCountAsync(before + 2);
        var arrived = page.Locator("li.record").Filter(new() { Has = page.Locator($"a[href$='/deputy/suggestions/{suggestionId}']") });
        await Expect(arrived).ToHaveCountAsync(1);
        var badge = page.Locator(".unread-badge");
        var unread = await page.Locator("li.record.unread").CountAsync();
        await Expect(badge).ToHaveAttributeAsync("data-unread", unread.ToString(CultureInfo.InvariantCulture));
        await arrived.GetByRole(AriaRole.Button, new() { Name = "标为已读" }).ClickAsync();
        await Expect(arrived.GetByRole(AriaRole.Button, new() { Name = "标为已读" })).ToHaveCountAsync(0);
        await Expect(badge).ToHaveAttributeAsync("data-unread", (unread - 1).ToString(CultureInfo.InvariantCulture));
        await AssertBadgeInsideHeaderAsync(page, 375);
        await AssertBadgeInsideHeaderAsync(page, 1440);
        await PageChecks.CaptureAsync(page, "deputy-notifications");
        await arrived.GetByRole(AriaRole.Link, new() { Name = "查看详情" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/deputy/suggestions/{suggestionId}$"));
        await Expect(page.GetByText("已在光武路口增设信号灯，下月投入使用。")).ToBeVisibleAsync();
        var rate = page.GetByRole(AriaRole.Button, new() { Name = "提交评价" });
        await Expect(rate).ToBeVisibleAsync();
        await page.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("评价意见").FillAsync("答复具体，落实到位。");
        await Expect(rate).ToBeEnabledAsync();
        await rate.ClickAsync();
        await Expect(page.GetByText("评价已提交，谢谢！")).ToBeVisibleAsync();
        await PageChecks.CaptureAsync(page, "deputy-suggestion");

        using var committee = Platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, County));
        var rated = await committee.GetFromJsonAsync<JsonElement>($"/api/suggestions/suggestions/{suggestionId}");
        Assert.Equal("satisfied", rated.GetProperty("ratings")[0].GetProperty("rating").GetString());
    }

    [Fact]
    public async Task A_deputy_signs_up_for_a_duty_shift_and_a_citizen_books_a_meeting_in_it_after_a_refused_phone_number()
    {
        var deputyId = await ServingDeputyAsync("李秀兰");
        var userName = $"deputy-{Guid.NewGuid():N}"[..20];
        await CreateDeputyAccountAsync(userName, "李秀兰", deputyId);
        var shiftTitle = $"进站接待日{Guid.NewGuid():N}"[..12];
        await OpenShiftTomorrowAsync(shiftTitle, deputyId);

        var page = await browser.NewPageAsync();
        await SignInAsync(page, userName);
        await page.GotoAsync("/deputy/duty");
        var open = page.GetByRole(AriaRole.Region, new() { Name = "可报名的班次" }).Locator(".raise").Filter(new() { HasText = shiftTitle });
        var signUp = open.GetByRole(AriaRole.Button, new() { Name = "报名" });
        await Expect(signUp).ToBeEnabledAsync();
        await signUp.ClickAsync();
        await Expect(page.GetByText("报名成功。")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "我的进站班次" }).GetByText(shiftTitle)).ToBeVisibleAsync();
        await PageChecks.CaptureAsync(page, "deputy-duty-signed-up");
        await page.GotoAsync("/deputy");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "近期进站班次" }).GetByText(shiftTitle)).ToBeVisibleAsync();
        foreach (var width in new[] { 375, 1440 })
        {
            await page.SetViewportSizeAsync(width, 900);
            var gap = await page.EvaluateAsync<double>(
                "() => document.querySelector('section[aria-label=近期进站班次]').getBoundingClientRect().top - document.querySelector('.tiles').getBoundingClientRect().bottom");
            Assert.True(gap >= 12, $"at {width} px the shifts card starts {gap} px under the counters");
        }

        await PageChecks.CaptureAsync(page, "deputy-home-shifts");

        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync($"/citizen/meeting?deputy={deputyId}");
        await citizen.Locator("label.slot").First.ClickAsync();
        await citizen.GetByLabel("您的称呼").FillAsync("张先生");
        await citizen.GetByLabel("手机号").FillAsync("12345");
        await citizen.GetByLabel("想谈的事情").FillAsync("小区门口的公交站台需要加装雨棚。");
        await PageChecks.AssertAccessibleAsync(citizen);
        await citizen.GetByRole(AriaRole.Button, new() { Name = "预约" }).ClickAsync();

        // The API named the phone: its Chinese message stands next to that field, and the form keeps what was typed.
        var phoneError = citizen.Locator("#phone-error");
        await Expect(phoneError).ToBeVisibleAsync();
        await Expect(phoneError).ToContainTextAsync("手机");
        await Expect(citizen.GetByLabel("您的称呼")).ToHaveValueAsync("张先生");
        await PageChecks.CaptureAsync(citizen, "citizen-meeting-error");
        await citizen.Locator("label.slot").First.ClickAsync();
        await citizen.GetByLabel("手机号").FillAsync("13912345678");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "预约" }).ClickAsync();
        await Expect(citizen.GetByText("预约成功！")).ToBeVisibleAsync();
        await Expect(citizen.Locator(".tracking-code")).Not.ToBeEmptyAsync();
        await PageChecks.CaptureAsync(citizen, "citizen-meeting-booked");
    }

    [Fact]
    public async Task A_deputy_drafts_a_suggestion_with_an_attachment_inviting_a_colleague_who_co_signs_it_from_the_list()
    {
        var leadId = await ServingDeputyAsync("孙丽华");
        var leadName = $"deputy-{Guid.NewGuid():N}"[..20];
        await CreateDeputyAccountAsync(leadName, "孙丽华", leadId);
        var colleagueId = await ServingDeputyAsync("赵建国");
        var colleagueName = $"deputy-{Guid.NewGuid():N}"[..20];
        await CreateDeputyAccountAsync(colleagueName, "赵建国", colleagueId);
        using var anonymous = Platform.CreateClient();
        var photo = await anonymous.GetByteArrayAsync($"/api/deputies/public/deputies/{leadId}/qr");
        var title = $"关于增设社区养老食堂的建议{Guid.NewGuid():N}"[..20];

        var page = await browser.NewPageAsync();
        await SignInAsync(page, leadName);
        await page.GotoAsync("/deputy/suggestions");
        var draft = page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" });
        await Expect(draft).ToBeEnabledAsync();
        await draft.ClickAsync();
        await Expect(page.Locator("#title-error")).ToBeVisibleAsync();
        await page.GetByLabel("标题").FillAsync(title);
        await page.GetByLabel("正文").FillAsync("辖区老年人多，子女白天上班，午餐难以解决，建议在社区服务中心增设养老食堂。");
        await page.GetByLabel("赵建国").CheckAsync();
        await PageChecks.CaptureAsync(page, "deputy-suggestion-draft");
        await draft.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();

        await Expect(page.GetByLabel("添加附件")).ToBeEnabledAsync();
        await page.GetByLabel("添加附件").SetInputFilesAsync(new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = photo });
        await Expect(page.GetByText("已上传附件 现场照片.png。")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "附件" }).GetByText("现场照片.png")).ToBeVisibleAsync();
        await PageChecks.CaptureAsync(page, "deputy-suggestion-attachment");

        // The file comes back through the portal, which adds the session's token: same bytes, name and type.
        var attachmentLink = page.GetByRole(AriaRole.Link, new() { Name = "现场照片.png" });
        var download = await page.RunAndWaitForDownloadAsync(() => attachmentLink.ClickAsync());
        Assert.Equal("现场照片.png", download.SuggestedFilename);
        Assert.Equal(photo, await File.ReadAllBytesAsync((await download.PathAsync())!));
        var fetched = await page.Context.APIRequest.GetAsync((await attachmentLink.GetAttributeAsync("href"))!);
        Assert.Equal((200, "image/png"), (fetched.Status, fetched.Headers["content-type"]));
        await using (var anonymousBrowser = await browser.Browser.NewContextAsync(new() { BaseURL = Platform.GatewayAddress.ToString() }))
        {
            // Without a session the link leads to the sign-in page, not to the file.
            var stranger = await anonymousBrowser.APIRequest.GetAsync((await attachmentLink.GetAttributeAsync("href"))!);
            Assert.Contains("/account/signin", stranger.Url, StringComparison.Ordinal);
        }

        var colleague = await browser.NewPageAsync();
        await SignInAsync(colleague, colleagueName);
        await colleague.GotoAsync("/deputy/suggestions");
        var invitation = colleague.GetByRole(AriaRole.Region, new() { Name = "邀请我附议的建议" }).Locator(".raise").Filter(new() { HasText = title });
        var coSign = invitation.GetByRole(AriaRole.Button, new() { Name = "确认附议" });
        await Expect(coSign).ToBeEnabledAsync();
        await PageChecks.CaptureAsync(colleague, "deputy-cosign-invitations");
        await coSign.ClickAsync();
        await Expect(colleague.GetByText($"已确认附议《{title}》。")).ToBeVisibleAsync();
        await Expect(invitation).ToHaveCountAsync(0);

        using var committee = Platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, County));
        var suggestionId = Guid.Parse(page.Url.Split('/')[^1]);
        var stored = await committee.GetFromJsonAsync<JsonElement>($"/api/suggestions/suggestions/{suggestionId}");
        var coSigner = Assert.Single(stored.GetProperty("coSigners").EnumerateArray());
        Assert.Equal((colleagueId, true), (coSigner.GetProperty("deputyId").GetGuid(), coSigner.GetProperty("confirmed").GetBoolean()));
    }

    [Fact]
    public async Task A_citizen_over_the_limit_of_their_address_is_told_in_Chinese_when_to_try_again_while_a_neighbour_still_gets_through()
    {
        var deputyId = await ServingDeputyAsync("陈国平");

        // The per-IP limit counts in fixed ten-minute windows; one that ended during the test would start the count again.
        var window = TimeSpan.FromMinutes(10);
        var windowEnds = DateTimeOffset.FromUnixTimeMilliseconds(((DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds) + 1) * (long)window.TotalMilliseconds);
        if (windowEnds - DateTimeOffset.UtcNow < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(windowEnds - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1));
            windowEnds += window;
        }

        var page = await browser.NewPageAsync();
        for (var i = 1; i <= 5; i++)
        {
            await SubmitThroughPortalAsync(page, deputyId, $"第 {i} 次反映：小区北门的路灯不亮。");
            await Expect(page.Locator("#tracking-code")).Not.ToBeEmptyAsync();
        }

        var content = "第六次反映：小区北门的路灯还是不亮，晚上出行很不方便。";
        await SubmitThroughPortalAsync(page, deputyId, content);
        await Expect(page.Locator(".form-error")).ToHaveTextAsync(
            string.Create(CultureInfo.InvariantCulture, $"提交过于频繁，请于 {ChinaTime.ToChina(windowEnds):yyyy年M月d日 HH:mm}（北京时间）后再试。"));
        await Expect(page.GetByLabel("反映内容")).ToHaveValueAsync(content);
        await Expect(page.Locator("#tracking-code")).ToHaveCountAsync(0);
        await PageChecks.CaptureAsync(page, "citizen-opinion-too-many");

        // The portal names each person's own address to the platform, so the limit is theirs, not everyone's.
        var neighbour = await browser.NewPageAsync();
        await SubmitThroughPortalAsync(neighbour, deputyId, "小区北门的路灯坏了，请尽快修理。");
        await Expect(neighbour.Locator("#tracking-code")).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task A_deputy_stays_signed_in_across_a_restart_of_the_portal_with_the_token_kept_on_the_server()
    {
        var deputyId = await ServingDeputyAsync("刘建华");
        var userName = $"deputy-{Guid.NewGuid():N}"[..20];
        await CreateDeputyAccountAsync(userName, "刘建华", deputyId);
        var page = await browser.NewPageAsync();
        await SignInAsync(page, userName);
        var cookie = Assert.Single(await page.Context.CookiesAsync(), cookie => cookie.Name == "rmdb.session");
        Assert.Equal((true, SameSiteAttribute.Lax), (cookie.HttpOnly, cookie.SameSite));
        Assert.Empty(await page.EvaluateAsync<string[]>("() => Object.keys(localStorage).concat(Object.keys(sessionStorage))"));

        await Platform.StopResourceAsync("portal");
        await Platform.StartResourceAsync("portal");

        // The same cookie still opens the workspace, and the platform still answers with the session's token.
        await page.GotoAsync("/deputy/notifications");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "消息" })).ToBeVisibleAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
        await Expect(page.GetByText("新消息将实时显示。")).ToBeVisibleAsync();
    }

    private const string Password = "Portal#2026";

    private static async Task SubmitThroughPortalAsync(IPage page, Guid deputyId, string content)
    {
        await page.GotoAsync($"/citizen/opinion?deputy={deputyId}");
        await page.GetByLabel("反映内容").FillAsync(content);
        await page.GetByLabel("我同意").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    /// <summary>The header's unread count is whole and inside the header at this width (not cut off by its edge).</summary>
    private static async Task AssertBadgeInsideHeaderAsync(IPage page, int width)
    {
        await page.SetViewportSizeAsync(width, 812);
        var count = (await page.Locator(".unread-badge sup").First.BoundingBoxAsync())!;
        var header = (await page.Locator(".workspace-header").BoundingBoxAsync())!;
        Assert.True(
            count.X >= header.X && count.X + count.Width <= header.X + header.Width && count.Y >= header.Y && count.Y + count.Height <= header.Y + header.Height,
            $"at {width} px the unread count ({count.X}, {count.Y}, {count.Width}×{count.Height}) leaves the header ({header.Width}×{header.Height})");
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/deputy");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "代表工作台" })).ToBeVisibleAsync();
    }

    /// <summary>Station staff put a weekly reception day on the roster and generate its shift for tomorrow (China time), open for sign-up.</summary>
    /// <summary>Opens a shift tomorrow at a station that lists the deputy: a deputy signs up only at their own station.</summary>
    private async Task OpenShiftTomorrowAsync(string title, Guid deputyId)
    {
        using var staff = Platform.CreateClient(TestTokens.Subject(Roles.StationStaff, Township));
        var stationId = (await ExpectOkAsync(staff.PostAsJsonAsync("/api/stations/stations", new
        {
            name = $"新华街道代表联络站{Guid.NewGuid():N}"[..14], tier = "station", divisionCode = Township, address = "南阳市宛城区新华路 8 号",
            openingHours = "每周 09:00-11:30", sixHas = new { sign = true, place = true, rules = true, plan = true, records = true, archive = true },
            deputies = new[] { new { deputyId, level = "township" } },
        }))).GetProperty("id").GetGuid();
        var tomorrow = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(1);
        var entryId = (await ExpectOkAsync(staff.PostAsJsonAsync("/api/stations/roster", new
        {
            stationId, kind = "regular", title, recurrence = new { type = "weekly", weekday = tomorrow.DayOfWeek.ToString().ToLowerInvariant() },
            startTime = "09:00", endTime = "11:30",
        }))).GetProperty("id").GetGuid();
        await ExpectOkAsync(staff.PostAsJsonAsync($"/api/stations/roster/{entryId}/shifts", new { from = tomorrow, to = tomorrow }));
    }

    private async Task<Guid> ServingDeputyAsync(string name)
    {
        using var committee = Platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, County));
        return await TestDeputies.ServingDeputyAsync(committee, Township, name);
    }

    private async Task CreateDeputyAccountAsync(string userName, string displayName, Guid deputyId)
    {
        using var admin = await Platform.LoginAsync("admin", "Admin#2026");
        await ExpectOkAsync(admin.PostAsJsonAsync("/api/auth/accounts", new
        {
            userName, displayName, password = Password, roles = new[] { Roles.Deputy }, divisionCode = Township, deputyId,
        }));
    }

    private static async Task<string> SubmitOpinionAsync(HttpClient citizen, Guid deputyId, string content)
    {
        var created = await ExpectOkAsync(citizen.PostAsJsonAsync("/api/stations/opinions/public", new { deputyId, content, channel = "qr-message" }));
        return created.GetProperty("trackingCode").GetString()!;
    }

    private static async Task<Guid> OpinionIdAsync(HttpClient staff, string code)
    {
        var list = await staff.GetFromJsonAsync<JsonElement>("/api/stations/opinions?pageSize=100");
        return list.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("trackingCode").GetString() == code).GetProperty("id").GetGuid();
    }

    /// <summary>Station staff sort the opinion and send it to a unit, which answers: the steps of the loop done outside the portal.</summary>
    private async Task<Guid> HandleThroughUnitAsync(string code, string answer)
    {
        using var staff = Platform.CreateClient(TestTokens.Subject(Roles.StationStaff, Township));
        using var unit = Platform.CreateClient(TestTokens.Subject(Roles.HandlingUnit, County, unitCode: UnitCode));
        var id = await OpinionIdAsync(staff, code);
        await ExpectOkAsync(staff.PostAsJsonAsync($"/api/stations/opinions/{id}/sort", new { category = "城乡建设", level = "county" }));
        await ExpectOkAsync(staff.PostAsJsonAsync($"/api/stations/opinions/{id}/send-to-unit", new { unitCode = UnitCode, dueAt = DateTimeOffset.UtcNow.AddDays(15) }));
        await ExpectOkAsync(unit.PostAsJsonAsync($"/api/stations/opinions/{id}/feedback", new { answer }));
        return id;
    }

    /// <summary>Committee staff accept and assign the suggestion; the unit contacts the deputy and answers it.</summary>
    private async Task AnswerSuggestionAsync(Guid id, string answer)
    {
        var unitCode = $"{County}-P{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        using var committee = Platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, County));
        using var unit = Platform.CreateClient(TestTokens.Subject(Roles.HandlingUnit, County, unitCode: unitCode));
        await ExpectOkAsync(committee.PostAsJsonAsync("/api/suggestions/units", new { code = unitCode, name = "宛城区交通运输局", divisionCode = County }));
        await ExpectOkAsync(committee.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/review", new { decision = "accept", category = "交通出行" }));
        await ExpectOkAsync(committee.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/assign", new { leadUnitCode = unitCode }));
        await ExpectOkAsync(unit.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/contact", new { note = "已电话联系代表了解情况" }));
        await ExpectOkAsync(unit.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/answer", new { category = "solved", content = answer }));
    }

    private static async Task<JsonElement> ExpectOkAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
