namespace RenminDaibiao.Deputies.Domain;

/// <summary>What importing a roll changes: deputies to register, known deputies who get a seat, and those left as they are.</summary>
public sealed class RollPlan
{
    private readonly List<Deputy> _registered = [];
    private readonly List<Deputy> _seated = [];
    private readonly List<Deputy> _unchanged = [];
    private readonly List<GroupMember> _memberships = [];

    /// <summary>New deputies, each with their seat in the congress.</summary>
    public IReadOnlyList<Deputy> Registered => _registered;

    /// <summary>Known deputies who were given a seat in the congress.</summary>
    public IReadOnlyList<Deputy> Seated => _seated;

    /// <summary>Known deputies who already serve in the congress.</summary>
    public IReadOnlyList<Deputy> Unchanged => _unchanged;

    /// <summary>Group memberships the roll adds (a deputy already in the group keeps theirs).</summary>
    public IReadOnlyList<GroupMember> Memberships => _memberships;

    /// <summary>Every deputy of the roll, in the roll's order of kinds.</summary>
    public IEnumerable<Deputy> All => _registered.Concat(_seated).Concat(_unchanged);

    internal void Take(Congress congress, Deputy deputy, bool isNew, string? constituency, DeputyGroup? group, DateTimeOffset now, DomainErrors errors)
    {
        var serves = deputy.Seats.Any(seat => seat.CongressId == congress.Id && seat.Status == SeatStatuses.Serving);
        if (!serves && deputy.AddSeat(congress, constituency, now).Errors is { } seatErrors)
        {
            foreach (var (field, messages) in seatErrors.ByField)
            {
                errors.Add(field == "congressId" ? "name" : field, messages[0]);
            }

            return;
        }

        if (group is not null && group.Members.All(member => member.DeputyId != deputy.Id))
        {
            var joined = group.AddMember(deputy, now);
            if (joined.Value is not { } membership)
            {
                errors.Add("group", joined.Errors!.ByField.Values.First()[0]);
                return;
            }

            _memberships.Add(membership);
        }

        (isNew ? _registered : serves ? _unchanged : _seated).Add(deputy);
    }
}
