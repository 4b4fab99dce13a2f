using Microsoft.AspNetCore.Http.HttpResults;
using RenminDaibiao.Deputies.Domain;
using RenminDaibiao.Deputies.Infrastructure;
using RenminDaibiao.Messaging;

namespace RenminDaibiao.Deputies.Apis;

public static class DeputiesApi
{
    public static IEndpointRouteBuilder MapDeputiesApi(this IEndpointRouteBuilder app)
    {
        var deputies = app.MapGroup("/api/deputies/deputies").WithTags("Deputies");
        deputies.MapPost("/", RegisterDeputyAsync);
        deputies.MapGet("/{id:guid}", GetDeputyAsync).WithName("GetDeputy");
        return app;
    }

    public sealed record RegisterDeputyRequest(string? Name, string? DivisionCode);

    public sealed record DeputyResponse(Guid Id, string Name, string DivisionCode, DateTimeOffset RegisteredAt)
    {
        public static DeputyResponse From(Deputy deputy) => new(deputy.Id, deputy.Name, deputy.DivisionCode, deputy.RegisteredAt);
    }

    private static async Task<Results<CreatedAtRoute<DeputyResponse>, ValidationProblem>> RegisterDeputyAsync(
        RegisterDeputyRequest request, DeputiesContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (deputy, errors) = Deputy.Register(request.Name, request.DivisionCode, clock.GetUtcNow());
        if (deputy is null)
        {
            return TypedResults.ValidationProblem(errors.ByField);
        }

        db.Deputies.Add(deputy);
        db.AddIntegrationEvent(deputy.ToRegisteredEvent());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.CreatedAtRoute(DeputyResponse.From(deputy), "GetDeputy", new { id = deputy.Id });
    }

    private static async Task<Results<Ok<DeputyResponse>, NotFound>> GetDeputyAsync(
        Guid id, DeputiesContext db, CancellationToken cancellationToken) =>
        await db.Deputies.FindAsync([id], cancellationToken) is { } deputy
            ? TypedResults.Ok(DeputyResponse.From(deputy))
            : TypedResults.NotFound();
}
