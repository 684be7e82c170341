using F = WatchDog.Core.Conditions.TargetCheckSettingsFields;

namespace WatchDog.Core.Conditions;

/// <summary>What a target's own request headers may be.</summary>
internal static class HeaderRules
{
    public const int MaxHeaders = 50;

    public const int HeaderNameMaxLength = 100;

    public const int HeaderValueMaxLength = 4096;

    // Set by the URL, the body or the connection itself; letting a target set them invites malformed requests.
    private static readonly string[] s_reservedHeaders = ["Host", "Content-Length", "Transfer-Encoding", "Connection"];

    public static void Validate(TargetCheckSettings settings, ValidationErrors errors)
    {
        var headers = settings.Headers ?? [];
        if (headers.Count > MaxHeaders)
        {
            errors.Add(F.Headers, $"at most {MaxHeaders} headers");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            if (string.IsNullOrEmpty(name) || name.Length > HeaderNameMaxLength || !name.All(IsTokenChar))
            {
                errors.Add(F.Headers, $"'{name}' is not a header name (letters, digits and !#$%&'*+-.^_`|~)");
            }
            else if (!seen.Add(name))
            {
                errors.Add(F.Headers, $"'{name}' is given twice");
            }
            else if (s_reservedHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(F.Headers, $"'{name}' is set by WatchDog itself and cannot be given");
            }
            else if (string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
                && settings.Authentication != AuthenticationKind.None)
            {
                errors.Add(F.Headers, "'Authorization' cannot be given together with authentication");
            }

            if (value is null || value.Length > HeaderValueMaxLength || value.Any(c => char.IsControl(c) && c != '\t'))
            {
                errors.Add(F.Headers, $"the value of '{name}' must be at most {HeaderValueMaxLength} characters " +
                    "without line breaks or control characters");
            }
        }
    }

    // RFC 9110 token characters.
    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c);
}
