using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit;

namespace RenminDaibiao.TestSupport;

/// <summary>Deputies the end-to-end and browser tests need, registered through the gateway.</summary>
public static class TestDeputies
{
    /// <summary>A valid new deputy; with <paramref name="congressId"/>, holding a seat in that congress.</summary>
    public static object NewDeputy(string name, string divisionCode, Guid? congressId = null) => new
    {
        name,
        divisionCode,
        gender = "female",
        ethnicity = "汉族",
        birthDate = "1975-03-08",
        phone = "13800138000",
        occupation = "教师",
        seats = congressId is { } id ? new[] { new { congressId = id } } : null,
    };

    /// <summary>
    /// Registers a deputy serving in a township congress of <paramref name="township"/> (the congress is declared
    /// with a free term first), as a citizen's opinion addressed to a deputy requires; returns once Stations has learnt
    /// of the deputy from Deputies' events, so that opinions can be addressed to them.
    /// </summary>
    public static async Task<Guid> ServingDeputyAsync(HttpClient committeeStaff, string township, string name)
    {
        ArgumentNullException.ThrowIfNull(committeeStaff);
        Guid? congressId = null;
        for (var attempt = 0; congressId is null; attempt++)
        {
            using var declared = await committeeStaff.PostAsJsonAsync("/api/deputies/congresses", new
            {
                divisionCode = township, level = "township", term = Random.Shared.Next(1, 100), name = "乡镇人民代表大会", startYear = 2026,
            });
            if (declared.StatusCode == HttpStatusCode.Created)
            {
                congressId = (await declared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            }
            else
            {
                Assert.True(declared.StatusCode == HttpStatusCode.Conflict && attempt < 30, await declared.Content.ReadAsStringAsync());
            }
        }

        using var registered = await committeeStaff.PostAsJsonAsync("/api/deputies/deputies", NewDeputy(name, township, congressId));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var deputyId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(
            async () =>
            {
                using var known = await committeeStaff.GetAsync($"/api/stations/deputies/{deputyId}");
                return known.IsSuccessStatusCode && (await known.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("serving").GetBoolean();
            },
            "Stations knows the new deputy as serving",
            TimeSpan.FromMinutes(1));
        return deputyId;
    }
}
