using Microsoft.AspNetCore.Http.HttpResults;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Api;

/// <summary>The REST API under <c>/api</c>; authentication as for the dashboard, or HTTP Basic.</summary>
public static class TargetsApi
{
    public static IEndpointRouteBuilder MapWatchDogApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization().DisableAntiforgery();
        api.MapGet("/stats", GetStatsAsync);

        var targets = api.MapGroup("/targets");
        targets.MapGet("/", ListAsync);
        targets.MapPost("/", CreateAsync).Accepts<TargetRequest>("application/json");
        targets.MapGet("/{id:guid}", GetAsync);
        targets.MapPut("/{id:guid}", UpdateAsync).Accepts<TargetRequest>("application/json");
        targets.MapDelete("/{id:guid}", DeleteAsync);
        targets.MapPost("/{id:guid}/pause", (Guid id, TargetService service, CancellationToken ct) =>
            SetActiveAsync(id, false, service, ct));
        targets.MapPost("/{id:guid}/resume", (Guid id, TargetService service, CancellationToken ct) =>
            SetActiveAsync(id, true, service, ct));
        targets.MapGet("/{id:guid}/checks", GetChecksAsync);
        return endpoints;
    }

    private static async Task<Ok<TargetResponse[]>> ListAsync(
        TargetService service,
        CancellationToken ct,
        int skip = 0,
        int take = TargetService.MaxPageSize)
    {
        var list = await service.ListAsync(skip, take, ct);
        return TypedResults.Ok(list.Select(TargetResponse.From).ToArray());
    }

    private static async Task<Results<Ok<TargetResponse>, ProblemHttpResult>> GetAsync(
        Guid id,
        TargetService service,
        CancellationToken ct) =>
        await service.GetAsync(id, ct) is { } target
            ? TypedResults.Ok(TargetResponse.From(target))
            : NotFound(id);

    private static async Task<Results<Created<TargetResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext context,
        TargetService service)
    {
        var (body, problem) = await JsonBody.ReadAsync<TargetRequest>(context);
        if (body is null)
        {
            return problem!;
        }

        var result = await service.CreateAsync(ToInput(body), context.RequestAborted);
        if (result.Target is not { } target)
        {
            return TypedResults.ValidationProblem(result.Errors);
        }

        return TypedResults.Created($"/api/targets/{target.Id}", TargetResponse.From(target));
    }

    private static async Task<Results<Ok<TargetResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id,
        HttpContext context,
        TargetService service)
    {
        var (body, problem) = await JsonBody.ReadAsync<TargetRequest>(context);
        if (body is null)
        {
            return problem!;
        }

        var result = await service.UpdateAsync(id, ToInput(body), context.RequestAborted);
        if (result.IsNotFound)
        {
            return NotFound(id);
        }

        return result.Target is { } target
            ? TypedResults.Ok(TargetResponse.From(target))
            : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id,
        TargetService service,
        CancellationToken ct) =>
        await service.DeleteAsync(id, ct) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Ok<TargetResponse>, ProblemHttpResult>> SetActiveAsync(
        Guid id,
        bool active,
        TargetService service,
        CancellationToken ct) =>
        await service.SetActiveAsync(id, active, ct) is { } target
            ? TypedResults.Ok(TargetResponse.From(target))
            : NotFound(id);

    private static async Task<Results<Ok<CheckResponse[]>, ProblemHttpResult>> GetChecksAsync(
        Guid id,
        TargetService service,
        CancellationToken ct,
        int limit = TargetService.DefaultCheckLimit)
    {
        var checks = await service.GetRecentChecksAsync(id, limit, ct);
        return checks is null
            ? NotFound(id)
            : TypedResults.Ok(checks.Select(CheckResponse.From).ToArray());
    }

    private static async Task<Ok<StatsResponse>> GetStatsAsync(TargetService service, CancellationToken ct) =>
        TypedResults.Ok(StatsResponse.From(await service.GetStatsAsync(ct)));

    private static TargetInput ToInput(TargetRequest body) => new(body.Url, body.Name, body.IntervalSeconds);

    private static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Target not found",
        detail: $"There is no target with id '{id}'.");
}
