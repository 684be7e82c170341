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
        targets.MapPost("/{id:guid}/pause", (Guid id, TargetService service, TargetInsights insights, CancellationToken ct) =>
            SetActiveAsync(id, false, service, insights, ct));
        targets.MapPost("/{id:guid}/resume", (Guid id, TargetService service, TargetInsights insights, CancellationToken ct) =>
            SetActiveAsync(id, true, service, insights, ct));
        targets.MapGet("/{id:guid}/checks", GetChecksAsync);
        api.MapTargetHistoryApi();
        return endpoints;
    }

    private static async Task<Ok<TargetResponse[]>> ListAsync(
        TargetService service,
        TargetInsights insights,
        CancellationToken ct,
        int skip = 0,
        int take = TargetService.MaxPageSize)
    {
        var list = await service.ListAsync(skip, take, ct);
        return TypedResults.Ok(await ToResponsesAsync(list, insights, ct));
    }

    private static async Task<Results<Ok<TargetResponse>, ProblemHttpResult>> GetAsync(
        Guid id,
        TargetService service,
        TargetInsights insights,
        CancellationToken ct) =>
        await service.GetAsync(id, ct) is { } target
            ? TypedResults.Ok(await ToResponseAsync(target, insights, ct))
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

        var result = await service.CreateAsync(TargetRequestMapper.ToInput(body), context.RequestAborted);
        if (result.Target is not { } target)
        {
            return TypedResults.ValidationProblem(result.Errors);
        }

        // A new target has had no check yet: no certificate, no cold start.
        return TypedResults.Created($"/api/targets/{target.Id}", TargetResponse.From(target));
    }

    private static async Task<Results<Ok<TargetResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id,
        HttpContext context,
        TargetService service,
        TargetInsights insights)
    {
        var (body, problem) = await JsonBody.ReadAsync<TargetRequest>(context);
        if (body is null)
        {
            return problem!;
        }

        var result = await service.UpdateAsync(id, TargetRequestMapper.ToInput(body), context.RequestAborted);
        if (result.IsNotFound)
        {
            return NotFound(id);
        }

        return result.Target is { } target
            ? TypedResults.Ok(await ToResponseAsync(target, insights, context.RequestAborted))
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
        TargetInsights insights,
        CancellationToken ct) =>
        await service.SetActiveAsync(id, active, ct) is { } target
            ? TypedResults.Ok(await ToResponseAsync(target, insights, ct))
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

    private static async Task<TargetResponse> ToResponseAsync(
        Target target,
        TargetInsights insights,
        CancellationToken ct) =>
        (await ToResponsesAsync([target], insights, ct))[0];

    // Certificate expiries and cold starts for all the listed targets in a fixed number of queries.
    private static async Task<TargetResponse[]> ToResponsesAsync(
        IReadOnlyList<Target> targets,
        TargetInsights insights,
        CancellationToken ct)
    {
        var ids = targets.Select(t => t.Id).ToList();
        var certificates = await insights.GetCertificateExpiriesAsync(ids, ct);
        var summaries = await insights.GetSummariesAsync(ids, ct);
        return [.. targets.Select(t => TargetResponse.From(
            t,
            certificates.TryGetValue(t.Id, out var expiry) ? expiry : null,
            summaries.GetValueOrDefault(t.Id)?.ColdStarts24h ?? 0))];
    }

    internal static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Target not found",
        detail: $"There is no target with id '{id}'.");
}
