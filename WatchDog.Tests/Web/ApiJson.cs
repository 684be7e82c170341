using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WatchDog.Tests.Web;

internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await response.Content.ReadFromJsonAsync<T>(Options, timeout.Token)
            ?? throw new InvalidOperationException("The response body was null.");
    }

    public static async Task<JsonElement> ReadElementAsync(HttpResponseMessage response) =>
        await ReadAsync<JsonElement>(response);

    public static StringContent Body(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
