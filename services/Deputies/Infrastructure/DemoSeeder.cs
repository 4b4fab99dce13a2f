using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Contracts.Deputies;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Deputies.Infrastructure;

/// <summary>
/// Demo data for 南阳市 (Demo:Enabled, empty database only): the division tree, congresses of five levels,
/// about 600 deputies with seats, groups, stations, constituents and a year of duty records. Seat and
/// congress events go through the outbox so other services build their replicas.
/// </summary>
public static partial class DemoSeeder
{
    public static readonly Guid CityDeputyId = Guid.Parse("0197a000-0000-7000-8000-000000000001");
    public static readonly Guid CountyDeputyId = Guid.Parse("0197a000-0000-7000-8000-000000000002");
    public static readonly Guid TownshipDeputyId = Guid.Parse("0197a000-0000-7000-8000-000000000003");

    public const string City = "411300";

    public static IReadOnlyList<(string Code, string Name)> Counties { get; } =
    [
        ("411302", "宛城区"),
        ("411303", "卧龙区"),
        ("411323", "西峡县"),
    ];

    public static IReadOnlyList<(string Code, string Name)> Townships { get; } =
    [
        ("411302001", "新华街道"), ("411302002", "东关街道"), ("411302003", "汉冶街道"), ("411302004", "仲景街道"),
        ("411302005", "枣林街道"), ("411302006", "赤虎街道"), ("411302100", "瓦店镇"), ("411302101", "红泥湾镇"),
        ("411303001", "七里园乡"), ("411303002", "梅溪街道"), ("411303003", "卧龙岗街道"), ("411303004", "光武街道"),
        ("411303005", "车站街道"), ("411303100", "潦河镇"), ("411303101", "石桥镇"),
        ("411323001", "白羽街道"), ("411323002", "紫金街道"), ("411323100", "丹水镇"), ("411323101", "回车镇"),
        ("411323102", "双龙镇"),
    ];

    /// <summary>
    /// The demo congress of a division, with an id derived from its code (one demo congress per division):
    /// 0197c000-0000-7000-8000-000000411302. Suggestions' demo data refers to the same ids.
    /// </summary>
    public static Guid CongressIdOf(string divisionCode) => Guid.Parse($"0197c000-0000-7000-8000-{divisionCode.PadLeft(12, '0')}");

    /// <summary>
    /// One session a year from the term's first year to the current one, as local congresses hold them: the city's in
    /// late February, counties' in mid-January, townships' in early January, national and provincial in March.
    /// </summary>
    private static List<SessionInput?> AnnualSessions(string level, int startYear, DateTimeOffset now)
    {
        var (month, day, days) = level switch
        {
            CongressLevels.City => (2, 24, 4),
            CongressLevels.County => (1, 12, 4),
            CongressLevels.Township => (1, 5, 2),
            _ => (3, 5, 7),
        };
        var sessions = new List<SessionInput?>();
        for (var year = startYear; year <= Math.Min(ChinaTime.DateOf(now).Year, startYear + 4); year++)
        {
            var starts = new DateOnly(year, month, day);
            sessions.Add(new SessionInput(year - startYear + 1, starts, starts.AddDays(days - 1)));
        }

        return sessions;
    }

    /// <summary>The liaison station of a township, with an id derived from its code: 0197b000-0000-7000-8000-000411302001.</summary>
    public static (Guid Id, string Name) StationOf(string townshipCode, string townshipName) =>
        (Guid.Parse($"0197b000-0000-7000-8000-{townshipCode.PadLeft(12, '0')}"), $"{townshipName}人大代表联络站");

    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
        "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏", "钟", "汪", "田", "任", "姜",
    ];

    private static readonly string[] MaleGiven =
    [
        "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞", "斌", "波", "宇", "浩", "凯",
        "建国", "志强", "国庆", "建华", "振华", "海涛", "文斌", "永刚", "红军", "立新", "庆华", "德胜", "卫东", "学军", "子豪", "俊杰",
    ];

    private static readonly string[] FemaleGiven =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "莉", "倩", "颖", "琳", "洁", "红", "萍",
        "秀英", "桂英", "玉兰", "秀兰", "丽华", "淑珍", "春梅", "晓燕", "海燕", "雅琴", "文静", "思雨", "佳怡", "红梅", "美玲", "凤霞",
    ];

    private static readonly (string Name, int Weight)[] Ethnicities =
        [("汉族", 920), ("回族", 40), ("满族", 12), ("蒙古族", 8), ("土家族", 8), ("壮族", 6), ("苗族", 6)];

    private static readonly string[] Occupations =
    [
        "农民", "村党支部书记", "村委会主任", "社区党委书记", "中学教师", "小学校长", "乡镇卫生院医生", "市中心医院主任医师", "护士长",
        "民营企业董事长", "企业总经理", "个体工商户", "农民专业合作社理事长", "家庭农场主", "技术工人", "工程师", "律师", "乡镇干部",
        "街道办事处主任", "退役军人", "快递员", "外卖骑手", "电商创业者", "科研人员", "月季种植户", "香菇种植户", "中医药企业负责人",
        "食品企业质检员", "养老院院长", "网格员",
    ];

    private static readonly string[] CommunityWords = ["和平", "建设", "幸福", "光明", "团结", "兴隆", "新村", "王庄", "李营", "张湾", "白河", "温凉河"];

    public static async Task SeedAsync(DeputiesContext db, IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(services);
        if (await db.Divisions.IgnoreQueryFilters().AnyAsync(ct) || await db.Deputies.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeder).FullName!);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var data = Build(clock.GetUtcNow());

        // One transaction: a failed seed leaves the database empty, so the next start seeds again.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Divisions.AddRange(data.Divisions);
            db.Congresses.AddRange(data.Congresses);
            db.Deputies.AddRange(data.Deputies);

            // Stations' replica takes the whole roll in one event, relayed first: a thousand single ones, queued behind
            // the seats, keep it empty for minutes.
            db.AddIntegrationEvent(new DeputiesAnnounced([.. data.Deputies.Select(deputy => deputy.ToAnnounced())]));

            // Demo deputies announce only their seats as they end up, not a registration each (no notifications
            // to staff about a thousand "new" deputies) nor every step of a seat's history.
            foreach (var deputy in data.Deputies)
            {
                deputy.ClearPendingEvents();
                foreach (var seat in deputy.Seats)
                {
                    db.AddIntegrationEvent(deputy.ToSeatChangedEvent(seat));
                }
            }

            db.Groups.AddRange(data.Groups);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;

            // The bulk of the rows goes in with COPY: EF change tracking of ~25,000 rows would take seconds.
            await DemoBulkCopy.WriteAsync(db, data, ct);
            await transaction.CommitAsync(ct);
        });

        LogSeeded(logger, data.Deputies.Count, data.Duties.Count, started.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {Deputies} deputies, {Duties} duty records in {Elapsed} ms")]
    private static partial void LogSeeded(ILogger logger, int deputies, int duties, long elapsed);

    public sealed record DemoData(
        List<Division> Divisions,
        List<Congress> Congresses,
        List<Deputy> Deputies,
        List<DeputyGroup> Groups,
        List<Constituent> Constituents,
        List<DutyRecord> Duties,
        List<ConstituentContact> Contacts);

    /// <summary>The whole data set: the same names, seats and counts every time (congress ids are fixed, other ids are new).</summary>
    public static DemoData Build(DateTimeOffset now)
    {
        var random = new Random(20260701);
        var divisions = new List<Division> { Division.Seed(City, "南阳市") };
        divisions.AddRange(Counties.Select(county => Division.Seed(county.Code, county.Name)));
        divisions.AddRange(Townships.Select(township => Division.Seed(township.Code, township.Name)));

        var congresses = new List<Congress>();
        Congress Declare(string division, string level, int term, string name, int startYear)
        {
            var declared = Congress.Create(
                new CongressInput(division, level, term, name, startYear, startYear + 5, null, null, null, null, AnnualSessions(level, startYear, now)),
                now,
                CongressIdOf(division));
            if (declared.Value is not { } congress)
            {
                throw new InvalidOperationException($"demo congress {name}: {string.Join("; ", declared.Errors!.ByField.Keys)}");
            }

            congresses.Add(congress);
            return congress;
        }

        var national = Declare("100000", CongressLevels.National, 14, "第十四届全国人民代表大会", 2023);
        var provincial = Declare("410000", CongressLevels.Provincial, 14, "河南省第十四届人民代表大会", 2023);
        var city = Declare(City, CongressLevels.City, 8, "南阳市第八届人民代表大会", 2022);
        var countyCongress = new Dictionary<string, Congress>
        {
            ["411302"] = Declare("411302", CongressLevels.County, 11, "宛城区第十一届人民代表大会", 2021),
            ["411303"] = Declare("411303", CongressLevels.County, 11, "卧龙区第十一届人民代表大会", 2021),
            ["411323"] = Declare("411323", CongressLevels.County, 18, "西峡县第十八届人民代表大会", 2021),
        };
        var townshipCongress = Townships.ToDictionary(
            township => township.Code,
            township => Declare(township.Code, CongressLevels.Township, 18, $"{township.Name}第十八届人民代表大会", 2021));

        var deputies = new List<Deputy>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal) { "张建国", "李秀英", "王志强" };
        Deputy NewDeputy(string division, Guid? id = null, string? fixedName = null, string? fixedGender = null, string? phone = null)
        {
            var (township, townshipName) = division.Length == 9 ? Townships.First(t => t.Code == division) : Townships.First(t => t.Code.StartsWith(division == City ? "411302" : division, StringComparison.Ordinal));
            var gender = fixedGender ?? (random.Next(100) < 36 ? Genders.Female : Genders.Male);
            var name = fixedName ?? UniqueName(random, gender, usedNames);
            var station = StationOf(township, townshipName);
            var input = new DeputyInput(
                name, division, gender, Pick(random, Ethnicities), new DateOnly(1958 + random.Next(38), 1 + random.Next(12), 1 + random.Next(28)),
                phone ?? RandomPhone(random), Occupations[random.Next(Occupations.Length)], $"{townshipName}第{1 + random.Next(9)}选区",
                station.Id, station.Name);
            var registered = Deputy.Register(input, now, id);
            if (registered.Value is not { } deputy)
            {
                throw new InvalidOperationException($"demo deputy: {string.Join("; ", registered.Errors!.ByField.Keys)}");
            }

            deputies.Add(deputy);
            return deputy;
        }

        void Seat(Deputy deputy, Congress congress) => deputy.AddSeat(congress, null, now);

        // The three deputies with log-in accounts (Identity links them by these ids).
        var zhang = NewDeputy(City, CityDeputyId, "张建国", Genders.Male, "13837701001");
        Seat(zhang, city);
        Seat(zhang, provincial);
        var li = NewDeputy("411302", CountyDeputyId, "李秀英", Genders.Female, "13837702002");
        Seat(li, countyCongress["411302"]);
        var wang = NewDeputy("411302001", TownshipDeputyId, "王志强", Genders.Male, "13837703003");
        Seat(wang, townshipCongress["411302001"]);

        // Township deputies: 19–22 per township; county deputies: 6 per township; city deputies: 3–4 per township.
        foreach (var (code, _) in Townships)
        {
            var county = code[..6];
            for (var i = 0; i < 19 + random.Next(4); i++)
            {
                Seat(NewDeputy(code), townshipCongress[code]);
            }

            for (var i = 0; i < 6; i++)
            {
                var deputy = NewDeputy(code);
                Seat(deputy, countyCongress[county]);

                // 混合编组: some county deputies also sit in their township's congress.
                if (random.Next(4) == 0)
                {
                    Seat(deputy, townshipCongress[code]);
                }
            }

            for (var i = 0; i < 3 + random.Next(2); i++)
            {
                var deputy = NewDeputy(code);
                Seat(deputy, city);
                if (random.Next(3) == 0)
                {
                    Seat(deputy, countyCongress[county]);
                }
            }
        }

        // A few deputies also sit in the provincial and the national congress.
        var cityDeputies = deputies.Where(deputy => deputy.Seats.Any(seat => seat.Level == CongressLevels.City) && deputy.Id != CityDeputyId).ToList();
        foreach (var deputy in cityDeputies.Take(8))
        {
            Seat(deputy, provincial);
        }

        foreach (var deputy in cityDeputies.Skip(8).Take(3))
        {
            Seat(deputy, national);
        }

        // Some seats ended during the term.
        foreach (var deputy in deputies.Where((_, index) => index % 97 == 50).Take(6))
        {
            deputy.ChangeSeat(deputy.Seats[0], random.Next(2) == 0 ? SeatStatuses.Resigned : SeatStatuses.Removed, null, now);
        }

        var groups = BuildGroups(random, deputies, now);
        var (constituents, duties, contacts) = BuildActivity(random, deputies, now);
        return new DemoData(divisions, congresses, deputies, groups, constituents, duties, contacts);
    }

    private static List<DeputyGroup> BuildGroups(Random random, List<Deputy> deputies, DateTimeOffset now)
    {
        var groups = new List<DeputyGroup>();
        DeputyGroup Group(string division, string name, string kind, string? description, IEnumerable<Deputy> members)
        {
            var group = DeputyGroup.Create(new GroupInput(division, name, kind, description), now).Value!;
            foreach (var member in members)
            {
                group.AddMember(member, now);
            }

            groups.Add(group);
            return group;
        }

        bool Holds(Deputy deputy, string level) => deputy.Seats.Any(seat => seat.Level == level && seat.Status == SeatStatuses.Serving);

        foreach (var (code, name) in Counties)
        {
            Group(code, $"{name}代表团", GroupKinds.Delegation, $"出席南阳市人民代表大会的{name}代表团",
                deputies.Where(deputy => Holds(deputy, CongressLevels.City) && deputy.DivisionCode.StartsWith(code, StringComparison.Ordinal)));
        }

        foreach (var (code, name) in Townships)
        {
            Group(code, $"{name}人大代表小组", GroupKinds.DeputyGroup, "混合编组进站的五级代表",
                deputies.Where(deputy => deputy.DivisionCode == code));
        }

        string[] professional = ["工业园区", "乡村振兴", "文化旅游", "教育卫生", "社会治理"];
        var cityDeputies = deputies.Where(deputy => Holds(deputy, CongressLevels.City)).ToList();
        foreach (var theme in professional)
        {
            Group(City, $"{theme}专业代表小组", GroupKinds.ProfessionalGroup, $"围绕{theme}开展专题调研和监督",
                cityDeputies.OrderBy(_ => random.Next()).Take(12));
        }

        return groups;
    }

    private static (List<Constituent>, List<DutyRecord>, List<ConstituentContact>) BuildActivity(
        Random random, List<Deputy> deputies, DateTimeOffset now)
    {
        var constituents = new List<Constituent>();
        var duties = new List<DutyRecord>();
        var contacts = new List<ConstituentContact>();
        var today = ChinaTime.DateOf(now);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        (string Kind, int Weight)[] kinds =
        [
            (DutyKinds.StationDuty, 22), (DutyKinds.ContactConstituents, 18), (DutyKinds.Suggestion, 10), (DutyKinds.Research, 9),
            (DutyKinds.Inspection, 8), (DutyKinds.Training, 7), (DutyKinds.Evaluation, 6), (DutyKinds.PublicService, 6),
            (DutyKinds.LawEnforcementCheck, 4), (DutyKinds.LegislativeConsultation, 4), (DutyKinds.Inquiry, 4), (DutyKinds.AttendSession, 2),
        ];
        string[] methods = ["visit", "phone", "meeting", "online"];
        string[] topics =
        [
            "老旧小区改造", "农村道路硬化", "学校周边交通安全", "社区养老服务", "白河水环境治理", "月季产业发展", "香菇产业链延伸",
            "中医药文化传承", "农村饮水安全", "背街小巷照明", "菜市场提质改造", "停车难问题", "优化营商环境", "高标准农田建设",
        ];

        foreach (var deputy in deputies)
        {
            var township = deputy.DivisionCode.Length == 9 ? Townships.First(t => t.Code == deputy.DivisionCode).Name : "新华街道";
            var own = new List<Constituent>();
            for (var i = 0; i < 10 + random.Next(6); i++)
            {
                var gender = random.Next(2) == 0 ? Genders.Male : Genders.Female;
                var constituent = Constituent.Add(deputy, new ConstituentInput(
                    UniqueName(random, gender, usedNames), RandomPhone(random),
                    $"{township}{CommunityWords[random.Next(CommunityWords.Length)]}社区{1 + random.Next(12)}组", null), now).Value!;
                own.Add(constituent);
            }

            constituents.AddRange(own);

            // About 4% are hardly active (the warning list has someone to show); the rest 8–40 duties a year.
            var fixedDeputy = deputy.Id == CityDeputyId || deputy.Id == CountyDeputyId || deputy.Id == TownshipDeputyId;
            var count = fixedDeputy ? 30 : random.Next(100) < 4 ? random.Next(3) : 8 + random.Next(33);
            for (var i = 0; i < count; i++)
            {
                var kind = Pick(random, kinds);
                var date = today.AddDays(-random.Next(365));
                var topic = topics[random.Next(topics.Length)];
                var (title, source) = kind switch
                {
                    DutyKinds.StationDuty => ($"进站接待选民：{deputy.StationName}", DutySources.Event),
                    DutyKinds.Suggestion => ($"提出建议：关于{topic}的建议", DutySources.Event),
                    DutyKinds.Evaluation => ($"参加满意度测评：{topic}工作", DutySources.Event),
                    DutyKinds.ContactConstituents => ($"联系选民：听取关于{topic}的意见", DutySources.Deputy),
                    DutyKinds.AttendSession => ("出席人民代表大会会议", DutySources.Staff),
                    DutyKinds.Training => ("参加代表履职培训", DutySources.Staff),
                    _ => ($"{DutyKinds.Label(kind)}：{topic}", DutySources.Staff),
                };
                var duty = DutyRecord.Create(deputy, kind, title, null, date, source, null, null, now);
                duties.Add(duty);
                if (kind == DutyKinds.ContactConstituents && own.Count > 0)
                {
                    var constituent = own[random.Next(own.Count)];
                    contacts.Add(ConstituentContact.Seed(
                        deputy, constituent, date, methods[random.Next(methods.Length)], $"听取{constituent.Name}关于{topic}的意见", duty, now));
                }
            }
        }

        return (constituents, duties, contacts);
    }

    private static string UniqueName(Random random, string gender, HashSet<string> used)
    {
        var given = gender == Genders.Female ? FemaleGiven : MaleGiven;
        for (var attempt = 0; ; attempt++)
        {
            var name = Surnames[random.Next(Surnames.Length)] + given[random.Next(given.Length)];
            if (attempt > 20 && given[0].Length == 1)
            {
                name += given[random.Next(given.Length)];
            }

            if (used.Add(name) || attempt > 40)
            {
                return name;
            }
        }
    }

    private static string RandomPhone(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"1{"3578"[random.Next(4)]}{random.Next(10)}{random.Next(100_000_000):00000000}");

    private static string Pick(Random random, (string Name, int Weight)[] weighted)
    {
        var roll = random.Next(weighted.Sum(item => item.Weight));
        foreach (var (name, weight) in weighted)
        {
            if (roll < weight)
            {
                return name;
            }

            roll -= weight;
        }

        return weighted[0].Name;
    }
}
