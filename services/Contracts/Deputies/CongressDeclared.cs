namespace RenminDaibiao.Contracts.Deputies;

/// <summary>A congress term (届) was created or changed. Level: national, provincial, city, county, township.</summary>
public sealed record CongressDeclared(
    Guid CongressId,
    string Name,
    string DivisionCode,
    string Level,
    int Term,
    int MotionMinimumCoSigners) : IntegrationEvent;
