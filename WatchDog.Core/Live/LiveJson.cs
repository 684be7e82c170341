using System.Text.Json;
using System.Text.Json.Serialization;

namespace WatchDog.Core.Live;

/// <summary>How live events are written on the wire: camelCase names, enums as camelCase words.</summary>
public static class LiveJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
