using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.ServiceDefaults;
using RenminDaibiao.ServiceDefaults.Authentication;

namespace RenminDaibiao.Deputies.Apis;

/// <summary>A deputy's constituents (固定联系选民) and the contacts with them; staff of the division or the deputy themself.</summary>
public static class ConstituentsApi
{
    private static readonly string[] ConstituentSorts = ["name", "addedAt"];
    private static readonly string[] ContactSorts = ["date", "recordedAt"];

    public static RouteGroupBuilder MapConstituentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/deputies/{id:guid}").WithTags("Constituents");
        group.MapGet("/constituents", ListAsync).WithSummary("代表的固定联系选民列表（手机号打码）");
        group.MapGet("/constituents/{constituentId:guid}", GetAsync).WithSummary("联系选民详情");
        group.MapPost("/constituents", AddAsync).WithSummary("增加联系选民");
        group.MapPut("/constituents/{constituentId:guid}", UpdateAsync).WithSummary("修改联系选民");
        group.MapDelete("/constituents/{constituentId:guid}", DeleteAsync).WithSummary("删除联系选民");
        group.MapGet("/contacts", ListContactsAsync).WithSummary("联系选民记录列表");
        group.MapPost("/contacts", RecordContactAsync).WithSummary("登记一次联系选民（同时计入履职）");
        return api;
    }

    public sealed record ConstituentResponse(Guid Id, Guid DeputyId, string Name, string? Phone, string? Address, string? Note, DateTimeOffset AddedAt)
    {
        public static ConstituentResponse From(Constituent constituent, bool unmasked) => new(
            constituent.Id, constituent.DeputyId, constituent.Name,
            constituent.Phone is null ? null : unmasked ? constituent.Phone : Phones.Mask(constituent.Phone),
            constituent.Address, constituent.Note, constituent.AddedAt);
    }

    public sealed record ContactResponse(
        Guid Id, Guid DeputyId, Guid? ConstituentId, string? ConstituentName, DateOnly Date, string Method, string Summary, Guid DutyRecordId);

    /// <summary>The deputy when the caller may act for them; otherwise the result to return (403 or 404).</summary>
    private static async Task<(Deputy? Deputy, ProblemHttpResult? Denied)> DeputyForAsync(Guid id, DeputiesContext db, CurrentUser user, CancellationToken ct)
    {
        if (!user.IsStaff() && !user.IsInRole(Roles.Deputy))
        {
            return (null, Problems.Forbidden("只有工作人员和代表本人可以查看联系选民。"));
        }

        var deputy = await db.Deputies.FirstOrDefaultAsync(candidate => candidate.Id == id, ct);
        if (deputy is null)
        {
            return (null, Problems.NotFound());
        }

        return user.MayActFor(id) ? (deputy, null) : (null, Problems.Forbidden("只有工作人员和代表本人可以查看联系选民。"));
    }

    private static async Task<Results<Ok<PagedList<ConstituentResponse>>, ProblemHttpResult>> ListAsync(
        Guid id, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct, int? page, int? pageSize, string? sort, string? name)
    {
        var (deputy, denied) = await DeputyForAsync(id, db, user, ct);
        if (deputy is null)
        {
            return denied!;
        }

        await user.AuditStaffReadAsync(db, "constituents", id, deputy.DivisionCode, clock, ct);

        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var (field, descending) = Sorting.Read(sort, "name", ConstituentSorts, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Constituents.AsNoTracking().Where(constituent => constituent.DeputyId == id);
        if (!string.IsNullOrWhiteSpace(name))
        {
            var pattern = $"%{name.Trim()}%";
            query = query.Where(constituent => EF.Functions.ILike(constituent.Name, pattern));
        }

        query = (field, descending) switch
        {
            ("addedAt", false) => query.OrderBy(constituent => constituent.AddedAt),
            ("addedAt", true) => query.OrderByDescending(constituent => constituent.AddedAt),
            (_, true) => query.OrderByDescending(constituent => constituent.Name).ThenBy(constituent => constituent.Id),
            _ => query.OrderBy(constituent => constituent.Name).ThenBy(constituent => constituent.Id),
        };
        var found = await query.ToPageAsync(pageRequest, ct);

        // Lists always mask phone numbers.
        return TypedResults.Ok(found.Select(item => ConstituentResponse.From(item, unmasked: false)));
    }

    private static async Task<Results<Ok<ConstituentResponse>, ProblemHttpResult>> GetAsync(Guid id, Guid constituentId, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (deputy, denied) = await DeputyForAsync(id, db, user, ct);
        if (deputy is null)
        {
            return denied!;
        }

        await user.AuditStaffReadAsync(db, "constituent", constituentId, deputy.DivisionCode, clock, ct);

        var constituent = await db.Constituents.AsNoTracking().FirstOrDefaultAsync(c => c.Id == constituentId && c.DeputyId == id, ct);
        return constituent is null ? Problems.NotFound() : TypedResults.Ok(ConstituentResponse.From(constituent, unmasked: user.IsDeputy(id)));
    }

    private static async Task<Results<Created<ConstituentResponse>, ProblemHttpResult>> AddAsync(
        Guid id, ConstituentInput request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (deputy, denied) = await DeputyForAsync(id, db, user, ct);
        if (deputy is null)
        {
            return denied!;
        }

        var added = Constituent.Add(deputy, request, clock.GetUtcNow());
        if (added.Value is not { } constituent)
        {
            return added.ToProblem()!;
        }

        db.Constituents.Add(constituent);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created(
            $"/api/deputies/deputies/{id}/constituents/{constituent.Id}", ConstituentResponse.From(constituent, unmasked: user.IsDeputy(id)));
    }

    private static async Task<Results<Ok<ConstituentResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, Guid constituentId, ConstituentInput request, DeputiesContext db, CurrentUser user, CancellationToken ct)
    {
        var (deputy, denied) = await DeputyForAsync(id, db, user, ct);
        if (deputy is null)
        {
            return denied!;
        }

        var constituent = await db.Constituents.FirstOrDefaultAsync(c => c.Id == constituentId && c.DeputyId == id, ct);
        if (constituent is null)
        {
            return Problems.NotFound();
        }

        if (constituent.Update(request).ToProblem() is { } problem)
        {
            return problem;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ConstituentResponse.From(constituent, unmasked: user.IsDeputy(id)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(Guid id, Guid constituentId, DeputiesContext db, CurrentUser user, CancellationToken ct)
    {
        var (deputy, denied) = await DeputyForAsync(id, db, user, ct);
        if (deputy is null)
        {
            return denied!;
        }

        var constituent = await db.Constituents.FirstOrDefaultAsync(c => c.Id == constituentId && c.DeputyId == id, ct);
        if (constituent is null)
        {
            return Problems.NotFound();
        }

        db.Constituents.Remove(constituent);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<PagedList<ContactResponse>>, ProblemHttpResult>> ListContactsAsync(
        Guid id, DeputiesContext db, CurrentUser user, CancellationToken ct, int? page, int? pageSize, string? sort, Guid? constituentId)
    {
        var (deputy, denied) = await DeputyForAsync(id, db, user, ct);
        if (deputy is null)
        {
            return denied!;
        }

        var errors = new DomainErrors();
        var pageRequest = Paging.Read(page, pageSize, errors);
        var (field, descending) = Sorting.Read(sort, "-date", ContactSorts, errors);
        if (errors.Any)
        {
            return Problems.Invalid(errors);
        }

        var query = db.Contacts.AsNoTracking().Where(contact => contact.DeputyId == id);
        if (constituentId is not null)
        {
            query = query.Where(contact => contact.ConstituentId == constituentId);
        }

        query = (field, descending) switch
        {
            ("recordedAt", false) => query.OrderBy(contact => contact.RecordedAt),
            ("recordedAt", true) => query.OrderByDescending(contact => contact.RecordedAt),
            (_, true) => query.OrderByDescending(contact => contact.Date).ThenByDescending(contact => contact.RecordedAt),
            _ => query.OrderBy(contact => contact.Date).ThenBy(contact => contact.RecordedAt),
        };
        return TypedResults.Ok(await query
            .Select(contact => new ContactResponse(
                contact.Id, contact.DeputyId, contact.ConstituentId,
                db.Constituents.Where(c => c.Id == contact.ConstituentId).Select(c => c.Name).FirstOrDefault(),
                contact.Date, contact.Method, contact.Summary, contact.DutyRecordId))
            .ToPageAsync(pageRequest, ct));
    }

    /// <summary>Records a contact with constituents; it also counts as a duty (联系选民).</summary>
    private static async Task<Results<Created<ContactResponse>, ProblemHttpResult>> RecordContactAsync(
        Guid id, ContactInput request, DeputiesContext db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (deputy, denied) = await DeputyForAsync(id, db, user, ct);
        if (deputy is null)
        {
            return denied!;
        }

        Constituent? constituent = null;
        if (request.ConstituentId is { } constituentId)
        {
            constituent = await db.Constituents.FirstOrDefaultAsync(c => c.Id == constituentId && c.DeputyId == id, ct);
            if (constituent is null)
            {
                return Problems.Invalid("constituentId", "该代表没有这位联系选民。");
            }
        }

        var source = user.IsDeputy(id) ? DutySources.Deputy : DutySources.Staff;
        var recorded = ConstituentContact.Record(deputy, constituent, request, source, user.Id, clock.GetUtcNow());
        if (recorded.Value is not { } made)
        {
            return recorded.ToProblem()!;
        }

        var (contact, duty) = made;

        db.Contacts.Add(contact);
        db.DutyRecords.Add(duty);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created(
            $"/api/deputies/deputies/{id}/contacts",
            new ContactResponse(contact.Id, id, contact.ConstituentId, constituent?.Name, contact.Date, contact.Method, contact.Summary, duty.Id));
    }
}
