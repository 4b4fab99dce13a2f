using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>Delegations, deputy groups and professional groups, with their members.</summary>
public static class GroupsApi
{
    private static readonly string[] Sorts = ["name", "kind", "createdAt", "divisionCode"];

    public static RouteGroupBuilder MapGroupsApi(this RouteGroupBuilder api)
    {
        var groups = api.MapGroup("/groups").WithTags("Groups");
        groups.MapGet("/", ListAsync).WithSummary("代表团、代表小组与专业代表小组列表");
        groups.MapGet("/{id:guid}", GetAsync).WithSummary("代表组详情（含成员）");
        groups.MapPost("/", CreateAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("建立代表组");
        groups.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("修改代表组");
        groups.MapDelete("/{id:guid}", DeleteAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("删除代表组");
        groups.MapPost("/{id:guid}/members", AddMemberAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("增加成员");
        groups.MapDelete("/{id:guid}/members/{deputyId:guid}", RemoveMemberAsync).RequireAuthorization(Policies.CommitteeStaff).WithSummary("移除成员");
        return api;
    }

    public sealed record GroupRequest(string? DivisionCode, string? Name, string? Kind, string? Description, IReadOnlyList<Guid>? MemberIds)
    {
        public GroupInput ToInput() => new(DivisionCode, Name, Kind, Description);
    }

    public sealed record MemberRequest(Guid? DeputyId);

    public sealed record MemberResponse(Guid DeputyId, string Name, string DivisionCode, DateTimeOffset JoinedAt);

    public sealed record GroupResponse(
        Guid Id, string DivisionCode, string Name, string Kind, string? Description, int MemberCount, IReadOnlyList<MemberResponse>? Members);

    private static async Task<Results<Ok<PagedList<GroupResponse>>, ProblemHttpResult>> ListAsync(
        DeputiesContext db, CancellationToken ct, int? page, int? pageSize, string? sort, string? kind, string? name, string? divisionCode, Guid? deputyId)
    {
        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var (field, descending) = Sorting.Read(sort, "name", Sorts, errors);
        if (kind is not null && !GroupKinds.IsValid(kind))
        {
            errors.Add("kind", "代表组类型应为 delegation、deputy-group 或 professional-group。");
        }

        DivisionCodes.Optional(divisionCode, errors);

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Groups.AsNoTracking();
        if (kind is not null)
        {
            query = query.Where(group => group.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            var pattern = $"%{name.Trim()}%";
            query = query.Where(group => EF.Functions.ILike(group.Name, pattern));
        }

        if (divisionCode is not null)
        {
            var prefix = DivisionCodes.ScopePrefix(divisionCode);
            query = query.Where(group => group.DivisionCode.StartsWith(prefix));
        }

        if (deputyId is not null)
        {
            query = query.Where(group => group.Members.Any(member => member.DeputyId == deputyId));
        }

        query = (field, descending) switch
        {
            ("kind", false) => query.OrderBy(group => group.Kind).ThenBy(group => group.Name),
            ("kind", true) => query.OrderByDescending(group => group.Kind).ThenBy(group => group.Name),
            ("createdAt", false) => query.OrderBy(group => group.CreatedAt),
            ("createdAt", true) => query.OrderByDescending(group => group.CreatedAt),
            ("divisionCode", false) => query.OrderBy(group => group.DivisionCode).ThenBy(group => group.Name),
            ("divisionCode", true) => query.OrderByDescending(group => group.DivisionCode).ThenBy(group => group.Name),
            (_, true) => query.OrderByDescending(group => group.Name).ThenBy(group => group.Id),
            _ => query.OrderBy(group => group.Name).ThenBy(group => group.Id),
        };
        return TypedResults.Ok(await query
            .Select(group => new GroupResponse(group.Id, group.DivisionCode, group.Name, group.Kind, group.Description, group.Members.Count, null))
            .ToPageAsync(pageRequest, ct));
    }

    private static async Task<Results<Ok<GroupResponse>, ProblemHttpResult>> GetAsync(Guid id, DeputiesContext db, CancellationToken ct)
    {
        var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        return group is null ? Problems.NotFound() : TypedResults.Ok(await ResponseAsync(group, db, ct));
    }

    /// <summary>Members the caller cannot see (a deputy of a sibling division) are left out.</summary>
    private static async Task<GroupResponse> ResponseAsync(DeputyGroup group, DeputiesContext db, CancellationToken ct)
    {
        var ids = group.Members.Select(member => member.DeputyId).ToList();
        var deputies = await db.Deputies.AsNoTracking()
            .Where(deputy => ids.Contains(deputy.Id))
            .Select(deputy => new { deputy.Id, deputy.Name, deputy.DivisionCode })
            .ToDictionaryAsync(deputy => deputy.Id, ct);
        var members = group.Members
            .Where(member => deputies.ContainsKey(member.DeputyId))
            .Select(member => new MemberResponse(member.DeputyId, deputies[member.DeputyId].Name, deputies[member.DeputyId].DivisionCode, member.JoinedAt))
            .OrderBy(member => member.Name, StringComparer.Ordinal)
            .ToList();
        return new GroupResponse(group.Id, group.DivisionCode, group.Name, group.Kind, group.Description, group.Members.Count, members);
    }

    private static async Task<Results<Created<GroupResponse>, ProblemHttpResult>> CreateAsync(
        GroupRequest request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var created = DeputyGroup.Create(request.ToInput(), now);
        var errors = created.Errors ?? new DomainErrors();
        var members = new List<Deputy>();

        // Too many members are refused before each one is looked up.
        var memberIds = Lists.WithinLimits(request.MemberIds, "memberIds", "成员", DeputyGroup.MaxInitialMembers, errors) ? request.MemberIds ?? [] : [];
        for (var i = 0; i < memberIds.Count; i++)
        {
            var memberId = memberIds[i];
            var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == memberId, ct);
            if (deputy is null)
            {
                errors.Add($"memberIds[{i}]", "代表不存在。");
            }
            else
            {
                members.Add(deputy);
            }
        }

        if (created.Value is not { } group || errors.Any)
        {
            return Problems.Invalid(errors);
        }

        if (!user.CanAccessDivision(group.DivisionCode))
        {
            return Problems.Forbidden("无权在该行政区划建立代表组。");
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (!group.AddMember(members[i], now).Succeeded)
            {
                errors.Add($"memberIds[{i}]", "代表不属于该代表组所在的行政区划。");
            }
        }

        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/deputies/groups/{group.Id}", await ResponseAsync(group, db, ct));
    }

    private static async Task<Results<Ok<GroupResponse>, ProblemHttpResult>> UpdateAsync(Guid id, GroupRequest request, DeputiesContext db, CancellationToken ct)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return Problems.NotFound();
        }

        var outcome = group.Update(request.ToInput());
        if (request.MemberIds is not null)
        {
            var errors = outcome.Errors ?? new DomainErrors();
            errors.Add("memberIds", "成员请通过 /members 接口增加或移除。");
            return Problems.Invalid(errors);
        }

        if (outcome.ToProblem() is { } problem)
        {
            return problem;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ResponseAsync(group, db, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, DeputiesContext db, CancellationToken ct)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return Problems.NotFound();
        }

        db.Groups.Remove(group);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<GroupResponse>, ProblemHttpResult>> AddMemberAsync(
        Guid id, MemberRequest request, DeputiesContext db, TimeProvider clock, CancellationToken ct)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return Problems.NotFound();
        }

        var deputy = request.DeputyId is { } deputyId
            ? await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == deputyId, ct)
            : null;
        if (deputy is null)
        {
            return Problems.Invalid("deputyId", "代表不存在。");
        }

        var added = group.AddMember(deputy, clock.GetUtcNow());
        if (added.Value is not { } membership)
        {
            return added.ToProblem()!;
        }

        // A new membership's key is set by the caller, so EF would take it for an existing row to update.
        var entry = db.Entry(membership);
        if (entry.State is EntityState.Detached or EntityState.Modified)
        {
            entry.State = EntityState.Added;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ResponseAsync(group, db, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveMemberAsync(Guid id, Guid deputyId, DeputiesContext db, CancellationToken ct)
    {
        var group = await db.Groups.FirstOrDefaultAsync(g => g.Id == id, ct);
        if (group is null || !group.RemoveMember(deputyId))
        {
            return Problems.NotFound();
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
