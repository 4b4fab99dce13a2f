using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Stations.Domain;

namespace RenminDaibiao.Stations.Infrastructure;

/// <summary>
/// Demo stations, roster and opinions (Demo:Enabled, empty database only). Built through the domain operations,
/// so every record is in a state the rules allow; no integration events are published for demo data.
/// </summary>
public static class DemoData
{
    public static readonly Guid CityDeputy = Guid.Parse("0197a000-0000-7000-8000-000000000001");
    public static readonly Guid CountyDeputy = Guid.Parse("0197a000-0000-7000-8000-000000000002");
    public static readonly Guid TownDeputy = Guid.Parse("0197a000-0000-7000-8000-000000000003");

    private static readonly Actor Staff = new(null, "联络站工作人员", "station-staff");

    private static readonly (string Category, string Content)[] Samples =
    [
        ("交通出行", "光武路与新华路交叉口早晚高峰拥堵，建议增设信号灯配时优化。"),
        ("城乡建设", "老旧小区楼道照明损坏多处，夜间出行不便。"),
        ("教育卫生", "社区卫生服务站周末不开诊，老人看病需跑远路。"),
        ("社会治理", "小区内电动车飞线充电现象突出，存在安全隐患。"),
        ("乡村振兴", "村里产业路年久失修，农产品运输困难。"),
        ("生态环境", "河道沿岸有垃圾堆放，夏季异味明显。"),
        ("民生保障", "希望增加社区养老服务中心的助餐点。"),
        ("文化旅游", "丹水古镇景区停车位不足，节假日车辆乱停。"),
        ("交通出行", "公交 12 路班次太少，上班高峰等车超过半小时。"),
        ("城乡建设", "雨后路面积水严重，排水管网需要疏通。"),
    ];

    public static async Task SeedAsync(StationsContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.Stations.IgnoreQueryFilters().AnyAsync(cancellationToken)
            || await db.Opinions.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var deputies = new List<DeputyDraft>
        {
            new(TownDeputy, DeputyLevel.Township),
            new(CountyDeputy, DeputyLevel.County),
            new(CityDeputy, DeputyLevel.City),
        };

        // Deputies' demo registers these three (same ids, names and stations) and announces them; the replica fills
        // from those events. The demo records here are built from the same facts, which the replica then confirms.
        var known = new Dictionary<Guid, KnownDeputy>
        {
            [TownDeputy] = Announced(TownDeputy, "王志强", "411302001"),
            [CountyDeputy] = Announced(CountyDeputy, "李秀英", "411302"),
            [CityDeputy] = Announced(CityDeputy, "张建国", "411300"),
        };

        var xinhua = AddTree(db, now, known, "411302001", "新华街道", "光武社区", "南阳市宛城区新华街道光武路 18 号", deputies);
        var dongguan = AddTree(db, now, known, "411302002", "东关街道", "民主社区", "南阳市宛城区东关街道解放路 66 号", [deputies[1], deputies[2]]);
        var qiliyuan = AddTree(db, now, known, "411303001", "七里园乡", "七里园村", "南阳市卧龙区七里园乡政府院内", [deputies[2]]);
        var danshui = AddTree(db, now, known, "411323100", "丹水镇", "丹水村", "西峡县丹水镇丹水街 1 号", [deputies[2]]);

        var today = ChinaTime.DateOf(now);
        var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var to = from.AddMonths(3).AddDays(-1);
        var wednesday = AddEntry(db, xinhua, ReceptionKind.Regular, "周三进站日", null, null, Recurrence.EveryWeek(DayOfWeek.Wednesday), "09:00", "11:30", now);
        var fifth = AddEntry(db, danshui, ReceptionKind.Regular, "每月 5 日代表接待日", null, null, Recurrence.EveryMonth(5), "09:00", "12:00", now);
        var themed = AddEntry(db, qiliyuan, ReceptionKind.Themed, "乡村振兴主题接待", "乡村振兴", null, Recurrence.Single(today.AddDays(10)), "14:30", "17:00", now);
        var official = AddEntry(db, dongguan, ReceptionKind.OfficialVisit, "住建局局长进站", null, "宛城区住房和城乡建设局局长", Recurrence.Single(today.AddDays(14)), "09:00", "11:00", now);

        foreach (var (entry, deputyId) in new[] { (wednesday, TownDeputy), (fifth, CityDeputy), (themed, CityDeputy), (official, CountyDeputy) })
        {
            var shifts = entry.GenerateShifts(from, to, new HashSet<DateOnly>()).Value!;
            for (var i = 0; i < shifts.Count; i++)
            {
                var shift = shifts[i];
                var assignAt = shift.StartsAt.AddDays(-7) < now ? shift.StartsAt.AddDays(-7) : now;

                // Every other future shift stays open for deputies to sign up.
                if (shift.EndsAt < now || i % 2 == 0)
                {
                    shift.Assign(deputyId, known[deputyId], Staff, assignAt);
                }

                if (shift.EndsAt < now)
                {
                    shift.MarkServed(Staff, shift.EndsAt);
                }

                db.Shifts.Add(shift);
            }
        }

        AddOpinions(db, now, [xinhua, dongguan, qiliyuan, danshui]);

        var hearing = Hearing.Publish(
            "411302", "宛城区“两进两问”问政会", "老旧小区改造与物业服务", "宛城区人大常委会会议室", "宛城区住房和城乡建设局",
            now.AddMonths(1).AddDays(10), Staff, now).Value;
        hearing!.AddLead("老旧小区改造后物业费上涨，群众意见较大。", Staff, now);
        db.Hearings.Add(hearing);

        foreach (var source in db.ChangeTracker.Entries<IRaisesIntegrationEvents>().Select(entry => entry.Entity))
        {
            source.ClearPendingEvents();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A demo deputy as Deputies' demo announces them: serving, at the station of their township (if one).</summary>
    private static KnownDeputy Announced(Guid id, string name, string division)
    {
        var deputy = new KnownDeputy(id, name, division, division.Length == 9 ? StationIdOf(division) : null);
        deputy.FollowSeat(Guid.Empty, name, division, KnownSeat.Serving);
        return deputy;
    }

    /// <summary>A township's station id, the one Deputies' demo assigns its deputies to: 0197b000-0000-7000-8000-000411302001.</summary>
    private static Guid StationIdOf(string townshipCode) => Guid.Parse($"0197b000-0000-7000-8000-{townshipCode.PadLeft(12, '0')}");

    private static Station AddTree(
        StationsContext db, DateTimeOffset now, IReadOnlyDictionary<Guid, KnownDeputy> known, string division, string township, string community,
        string address, List<DeputyDraft> deputies)
    {
        var station = Station.Create(
            new StationDraft($"{township}人大代表联络站", StationTier.Station, null, division, address, "周一至周五 08:30-12:00，14:30-17:30", "0377-63100000",
                new SixHas(true, true, true, true, true, true), deputies),
            null, known, now, StationIdOf(division)).Value;
        var point = Station.Create(
            new StationDraft($"{community}人大代表联络点", StationTier.Point, station!.Id, division, $"{community}党群服务中心", "每周三 09:00-11:30", null,
                new SixHas(true, true, true, false, true, false), deputies.Take(1).ToList()),
            station, known, now).Value;
        var post = Station.Create(
            new StationDraft($"{community}网格服务岗", StationTier.Post, point!.Id, division, $"{community}网格员工作室", "工作日 09:00-17:00", null,
                new SixHas(true, false, true, false, true, false), []),
            point, known, now).Value;
        db.Stations.AddRange(station, point, post!);
        return station;
    }

    private static RosterEntry AddEntry(
        StationsContext db, Station station, ReceptionKind kind, string title, string? theme, string? official, Recurrence recurrence, string start, string end, DateTimeOffset now)
    {
        var created = RosterEntry.Create(
            station, kind, title, theme, official, false, null, recurrence.Kind, recurrence.Weekday, recurrence.DayOfMonth, recurrence.Date, start, end, 30, now);
        if (created.Value is not { } entry)
        {
            throw new InvalidOperationException("Demo roster entry is invalid: " + string.Join("; ", created.Errors!.ByField.Keys));
        }

        db.RosterEntries.Add(entry);
        return entry;
    }

    private static void AddOpinions(StationsContext db, DateTimeOffset now, Station[] stations)
    {
        OpinionChannel[] channels = [OpinionChannel.Visit, OpinionChannel.QrMessage, OpinionChannel.BookedMeeting, OpinionChannel.GridVisit];
        HandlingLevel[] levels = [HandlingLevel.Village, HandlingLevel.Township, HandlingLevel.County, HandlingLevel.City];
        string[] surnames = ["刘", "陈", "杨", "赵", "黄", "周", "吴", "徐"];
        for (var i = 0; i < 32; i++)
        {
            var station = stations[i % stations.Length];
            var sample = Samples[i % Samples.Length];
            var registeredAt = now.AddDays(-(i * 2) - 1).AddHours(-i % 7);
            Guid? deputy = station.DivisionCode.StartsWith("411302001", StringComparison.Ordinal) ? TownDeputy
                : station.DivisionCode.StartsWith("411302", StringComparison.Ordinal) ? CountyDeputy : CityDeputy;
            var anonymous = i % 5 == 1;
            var registered = Opinion.Register(
                new OpinionRegistration(
                    anonymous ? OpinionChannel.QrMessage : channels[i % channels.Length],
                    station.DivisionCode,
                    station.Id,
                    deputy,
                    deputy == TownDeputy ? "王志强" : deputy == CountyDeputy ? "李秀英" : "张建国",
                    sample.Content,
                    null,
                    anonymous ? null : surnames[i % surnames.Length] + "先生",
                    anonymous ? null : $"139{i:D4}{(i * 37 % 10000):D4}",
                    null,
                    null),
                anonymous ? Actor.Citizen : Staff,
                registeredAt);
            if (registered.Value?.Opinion is not { } opinion)
            {
                throw new InvalidOperationException("Demo opinion is invalid: " + string.Join("; ", registered.Errors!.ByField.Keys));
            }

            // Spread the demo opinions over every state of the loop.
            var stage = i % 7;
            var at = registeredAt;
            if (stage >= 1)
            {
                opinion.Sort(sample.Category, levels[i % levels.Length], Staff, at = at.AddHours(20));
            }

            if (stage is 2 or 5)
            {
                opinion.SettleLocally("已由社区协调相关方现场处理。", Staff, at = at.AddDays(1));
            }
            else if (stage is 3 or 6)
            {
                var unit = station.DivisionCode.StartsWith("411302", StringComparison.Ordinal) ? "411302-ZJJ" : "411300-JTJ";
                opinion.SendToUnit(unit, at.AddDays(30), Staff, at = at.AddDays(1));
            }
            else if (stage == 4)
            {
                opinion.RaiseAsSuggestion(deputy.Value, opinion.DeputyName, null, new Actor(deputy, opinion.DeputyName!, "deputy"), at = at.AddDays(1));
            }

            if (stage is 5 or 6 && at.AddDays(3) < now)
            {
                opinion.RecordFeedback("经核实，问题已整改完毕，感谢您的反映。", Staff, at = at.AddDays(3));
                if (i % 2 == 0 && at.AddDays(1) < now)
                {
                    opinion.Rate(4 + (i % 2), "处理及时，满意。", at.AddDays(1));
                }
            }

            db.Opinions.Add(opinion);
        }
    }
}
