namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>Request bodies of the Deputies API that several end-to-end tests need.</summary>
internal static class Deputies
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
}
