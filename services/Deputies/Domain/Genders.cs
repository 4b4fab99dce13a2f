namespace RenminDaibiao.Deputies.Domain;

public static class Genders
{
    public const int MaxLength = 8;

    public const string Male = "male";
    public const string Female = "female";

    public static bool IsValid(string? gender) => gender is Male or Female;
}
