using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RenminDaibiao.ServiceDefaults.Authentication;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>
/// The whole loop a citizen starts, through the gateway: an opinion taken up by a deputy becomes a suggestion, the unit's
/// answer and the deputy's rating come back to the citizen's tracking page and phone by themselves, and the ledger (台账)
/// names the lead deputy. <see cref="StationsClosedLoopTests"/> covers the opinion's own steps up to the draft.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OpinionSuggestionLoopTests(PlatformFixture platform)
{
    private const string Township = "411302001";
    private const string County = "411302";

    [Fact]
    public async Task An_opinion_taken_up_as_a_suggestion_answered_and_rated_reaches_the_tracking_page_and_the_SMS_sink_and_the_ledger_names_the_deputy()
    {
        using var citizen = platform.CreateClient();
        using var stationStaff = platform.CreateClient(TestTokens.Subject(Roles.StationStaff, Township));
        using var committee = platform.CreateClient(TestTokens.Subject(Roles.CommitteeStaff, County));
        var deputyId = await TestDeputies.ServingDeputyAsync(committee, Township, "王志强");
        using var deputy = platform.CreateClient(TestTokens.Subject(Roles.Deputy, Township, deputyId: deputyId));
        var unitCode = $"{County}-L{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        using var unit = platform.CreateClient(TestTokens.Subject(Roles.HandlingUnit, County, unitCode: unitCode));
        await ExpectAsync(committee.PostAsJsonAsync("/api/suggestions/units", new { code = unitCode, name = "宛城区交通运输局", divisionCode = County }), HttpStatusCode.Created);
        var title = "关于增设仲景路口人行横道的建议" + Guid.NewGuid().ToString("N")[..6];
        var phone = $"139{Random.Shared.Next(10_000_000, 99_999_999)}";
        const string answer = "已在仲景路口施划人行横道并增设提示标志。";

        // 登记 → 梳理 → the deputy takes it up (办理 by a suggestion).
        var code = (await ExpectAsync(citizen.PostAsJsonAsync("/api/stations/opinions/public", new
        {
            deputyId, content = "仲景路口没有人行横道，老人过马路很危险。", name = "陈女士", phone, channel = "qr-message",
        }), HttpStatusCode.Created)).GetProperty("trackingCode").GetString()!;
        var opinions = await ExpectAsync(stationStaff.GetAsync("/api/stations/opinions?pageSize=100"), HttpStatusCode.OK);
        var opinionId = opinions.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("trackingCode").GetString() == code).GetProperty("id").GetGuid();
        await ExpectAsync(stationStaff.PostAsJsonAsync($"/api/stations/opinions/{opinionId}/sort", new { category = "交通出行", level = "county" }), HttpStatusCode.OK);
        await ExpectAsync(deputy.PostAsJsonAsync($"/api/stations/opinions/{opinionId}/raise-as-suggestion", new { title }), HttpStatusCode.OK);

        var suggestionId = await Eventually.GetAsync(
            async () =>
            {
                using var response = await deputy.GetAsync($"/api/suggestions/suggestions?opinionId={opinionId}");
                if (!response.IsSuccessStatusCode)
                {
                    return null;
                }

                using var list = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                return list.RootElement.GetProperty("items").EnumerateArray().Select(item => (object?)item.GetProperty("id").GetGuid()).FirstOrDefault();
            },
            "the draft suggestion made from the opinion",
            TimeSpan.FromSeconds(60));

        // The suggestion's own handling: submitted, assigned, answered, rated.
        await PostOkAsync(deputy, suggestionId!, "submit");
        await PostOkAsync(committee, suggestionId!, "review", new { decision = "accept", category = "交通出行" });
        await PostOkAsync(committee, suggestionId!, "assign", new { leadUnitCode = unitCode });
        await PostOkAsync(unit, suggestionId!, "contact", new { note = "已到现场与代表沟通" });
        await PostOkAsync(unit, suggestionId!, "answer", new { category = "solved", content = answer });
        await PostOkAsync(deputy, suggestionId!, "rate", new { rating = "satisfied" });

        // 反馈: the citizen's tracking page shows the unit's answer, with nobody copying it over.
        await Eventually.HoldsAsync(
            async () => (await ExpectAsync(citizen.GetAsync($"/api/stations/opinions/track/{code}"), HttpStatusCode.OK)).GetProperty("answer").GetString() == answer,
            "the tracking page shows the suggestion's answer",
            TimeSpan.FromSeconds(60));

        // ... and the SMS sink of this platform run holds the text to the citizen's phone.
        var smsFile = Path.Combine(FileSinkDirectory(), "sms.jsonl");
        await Eventually.HoldsAsync(
            async () => (await SmsLinesAsync(smsFile)).Any(line =>
                line.GetProperty("to").GetString() == phone && line.GetProperty("body").GetString()!.Contains(code, StringComparison.Ordinal)),
            "the citizen's SMS is in the sink",
            TimeSpan.FromSeconds(60));

        // The ledger row of the suggestion names its lead deputy (领衔代表).
        using var ledger = await committee.GetAsync("/api/suggestions/ledger");
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        var row = LedgerRows(await ledger.Content.ReadAsByteArrayAsync()).Single(cells => cells.GetValueOrDefault("C") == title);
        Assert.Equal($"{Roles.Deputy}-{Township}", row.GetValueOrDefault("D"));
    }

    /// <summary>Where this platform run's Notifications writes its file sink: the AppHost puts it under its data directory.</summary>
    private string FileSinkDirectory() =>
        Path.Combine(platform.App.Services.GetRequiredService<IConfiguration>()["DataDirectory"]!, "outbox-files");

    private static async Task<List<JsonElement>> SmsLinesAsync(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        // The sink appends while the test reads: share the file, and skip a line caught half-written.
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = new List<JsonElement>();
        while (await reader.ReadLineAsync() is { } line)
        {
            try
            {
                lines.Add(JsonDocument.Parse(line).RootElement.Clone());
            }
            catch (JsonException)
            {
                break;
            }
        }

        return lines;
    }

    /// <summary>The rows of the workbook's first sheet as column letter → text (shared or inline strings).</summary>
    private static List<Dictionary<string, string>> LedgerRows(byte[] xlsx)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        XDocument Load(string name)
        {
            using var entry = zip.GetEntry(name)!.Open();
            return XDocument.Load(entry);
        }

        var shared = zip.GetEntry("xl/sharedStrings.xml") is null
            ? []
            : Load("xl/sharedStrings.xml").Root!.Elements(main + "si").Select(si => string.Concat(si.Descendants(main + "t").Select(t => t.Value))).ToList();
        var sheetName = zip.Entries.First(entry => entry.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).FullName;
        return [.. Load(sheetName).Descendants(main + "row").Select(row => row.Elements(main + "c").ToDictionary(
            cell => new string([.. ((string)cell.Attribute("r")!).TakeWhile(char.IsLetter)]),
            cell => (string?)cell.Attribute("t") switch
            {
                "s" => shared[int.Parse(cell.Element(main + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)],
                "inlineStr" => string.Concat(cell.Descendants(main + "t").Select(t => t.Value)),
                _ => cell.Element(main + "v")?.Value ?? "",
            }))];
    }

    private static async Task PostOkAsync(HttpClient client, object id, string action, object? body = null) =>
        await ExpectAsync(client.PostAsJsonAsync($"/api/suggestions/suggestions/{id}/{action}", body ?? new { }), HttpStatusCode.OK);

    private static async Task<JsonElement> ExpectAsync(Task<HttpResponseMessage> request, HttpStatusCode status)
    {
        using var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
