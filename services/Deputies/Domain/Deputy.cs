using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.ServiceDefaults;

namespace RenminDaibiao.Deputies.Domain;

/// <summary>A people's deputy (人大代表) registered in an administrative division.</summary>
public sealed class Deputy
{
    public const int MaxNameLength = 50;

    private Deputy(Guid id, string name, string divisionCode, DateTimeOffset registeredAt)
    {
        Id = id;
        Name = name;
        DivisionCode = divisionCode;
        RegisteredAt = registeredAt;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string DivisionCode { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Registers a deputy, or explains which fields break the rules.</summary>
    public static (Deputy? Deputy, DomainErrors Errors) Register(string? name, string? divisionCode, DateTimeOffset now)
    {
        var errors = new DomainErrors();
        var trimmedName = name?.Trim();
        if (string.IsNullOrEmpty(trimmedName))
        {
            errors.Add("name", "姓名不能为空。");
        }
        else if (trimmedName.Length > MaxNameLength)
        {
            errors.Add("name", $"姓名不能超过 {MaxNameLength} 个字符。");
        }

        if (!DivisionCodes.IsValid(divisionCode))
        {
            errors.Add("divisionCode", DivisionCodes.InvalidMessage);
        }

        return errors.Any
            ? (null, errors)
            : (new Deputy(Guid.CreateVersion7(), trimmedName!, divisionCode!, now), errors);
    }

    /// <summary>The event other services hear about when a deputy is registered.</summary>
    public DeputyRegistered ToRegisteredEvent() => new(Id, Name, DivisionCode);
}
