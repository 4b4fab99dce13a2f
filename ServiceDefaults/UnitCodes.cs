namespace RenminDaibiao.ServiceDefaults;

/// <summary>
/// A handling unit's code (承办单位), e.g. 411302-ZJJ: its division's code, "-" and a short name. Suggestions owns
/// the units; every other service only refers to them, so one length holds wherever a unit code is stored or sent.
/// </summary>
public static class UnitCodes
{
    public const int MaxLength = 30;
}
