extern alias IdentityService;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.Messaging;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>Bulk rolls: a congress's deputies imported from Excel, whole or not at all, with their accounts made by Identity.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class RollImportTests : IAsyncLifetime
{
    private const string County = "411328";
    private static readonly Guid StationId = Guid.Parse("0197b000-0000-7000-8000-000411328001");

    private readonly ServiceFactory<Program> _service;
    private readonly ServiceFactory<IdentityService::Program> _identity;
    private readonly TestData _data;

    public RollImportTests(InfrastructureFixture infrastructure)
    {
        _service = new ServiceFactory<Program>(infrastructure, "deputiesdb");
        _identity = new ServiceFactory<IdentityService::Program>(infrastructure, "identitydb");
        _service.CallsGoTo(DeputyAccounts.ClientName, _identity);
        _data = new TestData(_service);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _identity.DisposeAsync();
    }

    private static string Phone(int i) => $"139{i:D8}";

    /// <summary>A roll of <paramref name="count"/> deputies (spreadsheet rows 2…), with <paramref name="spoil"/> applied to the sheet.</summary>
    private static byte[] Workbook(int count, Action<IXLWorksheet>? spoil = null)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("代表名册");
        string[] headers = ["姓名", "性别", "民族", "出生日期", "手机号", "职业", "选区", "代表小组", "联络站", "联络站编号", "行政区划代码"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        for (var i = 0; i < count; i++)
        {
            var row = i + 2;
            sheet.Cell(row, 1).Value = $"代表{i:D3}";
            sheet.Cell(row, 2).Value = i % 2 == 0 ? "男" : "女";
            sheet.Cell(row, 3).Value = i % 7 == 0 ? "回族" : "汉族";
            sheet.Cell(row, 4).Value = new DateTime(1960 + (i % 40), 1 + (i % 12), 1 + (i % 28));
            sheet.Cell(row, 5).Value = long.Parse(Phone(i), System.Globalization.CultureInfo.InvariantCulture);
            sheet.Cell(row, 6).Value = "农民专业合作社理事长";
            sheet.Cell(row, 7).Value = $"第{1 + (i % 30)}选区";
            sheet.Cell(row, 8).Value = i % 3 == 0 ? "乡村振兴专业代表小组" : "";
            if (i % 2 == 0)
            {
                sheet.Cell(row, 9).Value = "城关镇人大代表联络站";
                sheet.Cell(row, 10).Value = StationId.ToString();
            }

            sheet.Cell(row, 11).Value = i % 4 == 0 ? $"{County}001" : "";
        }

        spoil?.Invoke(sheet);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient staff, Guid congressId, byte[] file, bool createAccounts = true)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", "名册.xlsx");
        return await staff.PostAsync($"/api/deputies/congresses/{congressId}/roll/import?createAccounts={createAccounts}", content);
    }

    /// <summary>A congress of the county, and the professional group the rolls name.</summary>
    private async Task<Congress> RollCongressAsync()
    {
        await _data.WithDbAsync(async db =>
        {
            if (!await db.Groups.AnyAsync(group => group.Name == "乡村振兴专业代表小组"))
            {
                db.Groups.Add(DeputyGroup.Create(new GroupInput(County, "乡村振兴专业代表小组", GroupKinds.ProfessionalGroup, null), _data.Now).Value!);
                await db.SaveChangesAsync();
            }
        });
        return await _data.CongressAsync(County);
    }

    /// <summary>What the service stores about the roll: deputies, seats, group members and outbox events.</summary>
    private Task<(int Deputies, int Seats, int Members, int Events)> StoredAsync() => _data.WithDbAsync(async db =>
    (
        await db.Deputies.CountAsync(),
        await db.Deputies.SelectMany(deputy => deputy.Seats).CountAsync(),
        await db.Groups.SelectMany(group => group.Members).CountAsync(),
        await db.Set<OutboxMessage>().CountAsync()));

    [Fact]
    public async Task A_600_row_roll_with_3_bad_rows_stores_nothing_and_names_each_cell_then_the_corrected_roll_imports_once_with_accounts()
    {
        var congress = await RollCongressAsync();
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, County));
        var before = await StoredAsync();

        var spoiled = Workbook(600, sheet =>
        {
            sheet.Cell(11, 5).Value = "1234";
            sheet.Cell(201, 2).Value = "未知";
            sheet.Cell(451, 4).Value = "1980年13月1日";
        });
        using var refused = await ImportAsync(staff, congress.Id, spoiled);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["B201", "D451", "E11"], problem.GetProperty("errors").EnumerateObject().Select(error => error.Name).Order());
        Assert.Contains("第 11 行", problem.GetProperty("errors").GetProperty("E11")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());

        var roll = Workbook(600);
        using var imported = await ImportAsync(staff, congress.Id, roll);

        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var first = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((600, 600, 0, 0), (first.GetProperty("rows").GetInt32(), first.GetProperty("registered").GetInt32(),
            first.GetProperty("seated").GetInt32(), first.GetProperty("unchanged").GetInt32()));
        var accounts = first.GetProperty("accounts");
        Assert.True(accounts.GetProperty("done").GetBoolean());
        var created = accounts.GetProperty("created").EnumerateArray().ToList();
        Assert.Equal(600, created.Count);
        var after = await StoredAsync();
        Assert.Equal((before.Deputies + 600, before.Seats + 600, before.Members + 200), (after.Deputies, after.Seats, after.Members));
        var firstRow = await _data.WithDbAsync(db => db.Deputies.Include(deputy => deputy.Seats).SingleAsync(deputy => deputy.Phone == Phone(0)));
        Assert.Equal(("代表000", Genders.Male, "回族", new DateOnly(1960, 1, 1), $"{County}001", StationId),
            (firstRow.Name, firstRow.Gender, firstRow.Ethnicity, firstRow.BirthDate, firstRow.DivisionCode, firstRow.StationId));
        Assert.Equal(congress.Id, Assert.Single(firstRow.Seats).CongressId);

        // Each one-time password opens its deputy's account.
        var sample = created[123];
        using var anonymous = _identity.CreateClient();
        using var login = await anonymous.PostAsJsonAsync("/api/auth/token", new
        {
            userName = sample.GetProperty("userName").GetString(),
            password = sample.GetProperty("password").GetString(),
        });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        using var again = await ImportAsync(staff, congress.Id, roll);

        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 0, 600), (second.GetProperty("registered").GetInt32(), second.GetProperty("seated").GetInt32(), second.GetProperty("unchanged").GetInt32()));
        Assert.Empty(second.GetProperty("accounts").GetProperty("created").EnumerateArray());
        Assert.Equal(600, second.GetProperty("accounts").GetProperty("existing").GetInt32());
        Assert.Equal(after, await StoredAsync());
    }

    [Fact]
    public async Task A_roll_is_refused_whole_for_a_file_that_is_not_a_roll_and_for_staff_of_another_county()
    {
        var congress = await RollCongressAsync();
        using var staff = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, County));
        using var other = _service.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, "411303"));
        using var station = _service.CreateClient(TestTokens.Subject(Roles.StationStaff, County));

        using var notExcel = await ImportAsync(staff, congress.Id, "姓名,性别\n张三,男"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, notExcel.StatusCode);
        Assert.True((await notExcel.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _));
        using var wrongHeader = await ImportAsync(staff, congress.Id, Workbook(2, sheet => sheet.Cell(1, 5).Value = "电话"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongHeader.StatusCode);
        using var duplicate = await ImportAsync(staff, congress.Id, Workbook(3, sheet => sheet.Cell(4, 5).Value = Phone(0)));
        var duplicateErrors = (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["E4"], duplicateErrors.EnumerateObject().Select(error => error.Name));

        Assert.Equal(HttpStatusCode.NotFound, (await ImportAsync(other, congress.Id, Workbook(2))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(station, congress.Id, Workbook(2))).StatusCode);
        Assert.Equal(0, await _data.WithDbAsync(db => db.Deputies.CountAsync(deputy => deputy.Phone == Phone(1))));
    }
}
