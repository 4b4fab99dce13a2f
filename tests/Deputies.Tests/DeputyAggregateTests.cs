using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Deputies.Domain;

namespace RenminDaibiao.Deputies.Tests;

/// <summary>The deputy aggregate decides its own announcements and its status, without a database.</summary>
public sealed class DeputyAggregateTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 1, 2, 0, 0, TimeSpan.Zero);

    private static Congress Congress(string division = "411302") => Domain.Congress.Create(
        new CongressInput(division, TestData.LevelFor(division), 11, $"{division}人大", 2021, 2026, null, null, null, null), Now).Value!;

    private static Deputy Seated(params Congress[] congresses)
    {
        var deputy = Deputy.Register(TestData.DeputyInput("411302001"), Now).Value!;
        foreach (var congress in congresses)
        {
            Assert.True(deputy.AddSeat(congress, null, Now).Succeeded);
        }

        return deputy;
    }

    [Fact]
    public void Registration_its_details_and_each_seat_are_announced()
    {
        var congress = Congress();
        var deputy = Seated(congress);

        Assert.Collection(
            deputy.PendingEvents,
            registered => Assert.Equal(deputy.Id, Assert.IsType<DeputyRegistered>(registered).DeputyId),
            details => Assert.Equal((deputy.Id, deputy.StationId), (Assert.IsType<DeputyDetailsChanged>(details).DeputyId, ((DeputyDetailsChanged)details).StationId)),
            seat => Assert.Equal(SeatStatuses.Serving, Assert.IsType<DeputySeatChanged>(seat).Status));
        Assert.True(congress.PendingEvents.Single() is CongressDeclared);
    }

    [Fact]
    public void A_new_name_is_announced_on_every_seat_and_outdates_the_copies_while_a_new_phone_is_not()
    {
        var deputy = Seated(Congress(), Congress("411302001"));
        deputy.ClearPendingEvents();

        Assert.True(deputy.Update(TestData.DeputyInput("411302001", name: deputy.Name, phone: "13900001111"), Now).Succeeded);
        Assert.Empty(deputy.PendingEvents);
        Assert.False(deputy.CopiesOutdated);

        Assert.True(deputy.Update(TestData.DeputyInput("411302001", name: "新名字"), Now).Succeeded);
        Assert.Equal(2, deputy.PendingEvents.OfType<DeputySeatChanged>().Count(change => change.Name == "新名字"));
        Assert.Equal("新名字", Assert.Single(deputy.PendingEvents.OfType<DeputyDetailsChanged>()).Name);
        Assert.True(deputy.CopiesOutdated);
        deputy.FollowedBy([], [], []);
        Assert.False(deputy.CopiesOutdated);
    }

    [Fact]
    public void A_new_station_is_announced_once_for_Stations_replica_and_not_on_the_seats()
    {
        var deputy = Seated(Congress());
        deputy.ClearPendingEvents();
        var station = Guid.CreateVersion7();

        Assert.True(deputy.Update(TestData.DeputyInput("411302001", name: deputy.Name) with { StationId = station, StationName = "新华街道人大代表联络站" }, Now).Succeeded);

        Assert.Equal(station, Assert.IsType<DeputyDetailsChanged>(Assert.Single(deputy.PendingEvents)).StationId);
    }

    [Fact]
    public void An_ended_seat_cannot_serve_again_and_the_refusal_is_a_conflict()
    {
        var deputy = Seated(Congress());
        var seat = deputy.Seats[0];
        deputy.ClearPendingEvents();

        Assert.True(deputy.ChangeSeat(seat, SeatStatuses.Resigned, null, Now).Succeeded);
        var again = deputy.ChangeSeat(seat, SeatStatuses.Serving, null, Now);

        Assert.NotNull(again.Conflict);
        Assert.Equal(SeatStatuses.Resigned, Assert.IsType<DeputySeatChanged>(Assert.Single(deputy.PendingEvents)).Status);
        Assert.Equal(SeatStatuses.Resigned, deputy.Status);
    }

    [Fact]
    public void Withdrawing_leaves_every_group_and_announces_serving_seats_as_removed()
    {
        var deputy = Seated(Congress(), Congress("411302001"));
        Assert.True(deputy.ChangeSeat(deputy.Seats[1], SeatStatuses.Resigned, null, Now).Succeeded);
        var group = DeputyGroup.Create(new GroupInput("411302", "小组", GroupKinds.DeputyGroup, null), Now).Value!;
        Assert.True(group.AddMember(deputy, Now).Succeeded);
        deputy.ClearPendingEvents();

        deputy.Withdraw([group]);

        Assert.Empty(group.Members);
        var removed = Assert.IsType<DeputySeatChanged>(Assert.Single(deputy.PendingEvents));
        Assert.Equal((deputy.Seats[0].CongressId, SeatStatuses.Removed), (removed.CongressId, removed.Status));
    }

    [Fact]
    public void The_status_rule_serves_while_any_seat_serves_and_otherwise_follows_the_last_changed_seat()
    {
        Assert.Equal(SeatStatuses.Serving, Seated().Status);

        var deputy = Seated(Congress(), Congress("411302001"));
        Assert.True(deputy.ChangeSeat(deputy.Seats[0], SeatStatuses.Removed, null, Now).Succeeded);
        Assert.Equal(SeatStatuses.Serving, deputy.Status);
        Assert.True(deputy.ChangeSeat(deputy.Seats[1], SeatStatuses.Resigned, null, Now.AddDays(1)).Succeeded);
        Assert.Equal(SeatStatuses.Resigned, deputy.Status);
        Assert.True(Deputy.HasStatus(SeatStatuses.Resigned).Compile()(deputy));
        Assert.False(Deputy.HasStatus(SeatStatuses.Serving).Compile()(deputy));
    }
}
