namespace RenminDaibiao.EndToEnd.Tests;

/// <summary>Request bodies of the Deputies API that several end-to-end tests need.</summary>
internal static class Deputies
{
    public static object NewDeputy(string name, string divisionCode) => new
    {
        name,
        divisionCode,
        gender = "female",
        ethnicity = "汉族",
        birthDate = "1975-03-08",
        phone = "13800138000",
        occupation = "教师",
    };
}
