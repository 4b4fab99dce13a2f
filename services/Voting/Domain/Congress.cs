using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Voting.Domain;

/// <summary>Replica of a congress term (届) owned by the Deputies service, kept from CongressDeclared.</summary>
public sealed class Congress : IDivisionScoped
{
    public Congress(Guid id, string name, string divisionCode, string level, int term)
    {
        Id = id;
        Name = name;
        DivisionCode = divisionCode;
        Level = level;
        Term = term;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string DivisionCode { get; private set; }

    public string Level { get; private set; }

    public int Term { get; private set; }

    public void Update(string name, string divisionCode, string level, int term)
    {
        Name = name;
        DivisionCode = divisionCode;
        Level = level;
        Term = term;
    }
}
