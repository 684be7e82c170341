using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace WatchDog.Web.Api;

/// <summary>
/// Reads a JSON body itself instead of through parameter binding, because binding answers malformed JSON
/// with an empty 400 (or an exception page in Development); here the client is told what was wrong,
/// and a value of the wrong type is reported against its field.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpContext context)
        where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: "Send the body as JSON with Content-Type: application/json."));
        }

        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
            return value is null
                ? (null, BadRequest("The request body must be a JSON object, not null."))
                : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Malformed(ex));
        }
    }

    private static ProblemHttpResult Malformed(JsonException ex)
    {
        // A syntax error carries the reader's exception inside; a value of the wrong type does not.
        var field = ex.InnerException is JsonException ? null : FieldOf(ex.Path);
        if (field is null)
        {
            return BadRequest($"The request body is not valid JSON: {ex.Message}");
        }

        var errors = new Dictionary<string, string[]> { [field] = [$"The value of '{field}' has the wrong type or format."] };
        return TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid",
            Detail = ex.Message,
        });
    }

    /// <summary>"$.intervalSeconds" → "intervalSeconds"; null for the root or nested paths.</summary>
    private static string? FieldOf(string? path) =>
        path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) && path.IndexOfAny(['.', '['], 2) < 0
            ? path[2..]
            : null;

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed request body", detail: detail);
}
