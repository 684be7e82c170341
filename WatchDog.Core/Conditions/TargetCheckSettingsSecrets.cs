namespace WatchDog.Core.Conditions;

/// <summary>
/// Keeps secrets (password, bearer token, headers that look like credentials) from being shown back in full.
/// A form shows <see cref="Mask"/>'s copy; when it sends a masked value back unchanged,
/// <see cref="KeepUnchanged"/> puts the stored secret back in its place.
/// </summary>
public static class TargetCheckSettingsSecrets
{
    /// <summary>The start of every masked value.</summary>
    public const string MaskPrefix = "••••";

    // Below this length even two characters give away too much of a secret, so it is masked whole.
    private const int ShowTailFromLength = 12;

    private static readonly string[] s_sensitiveHeaderParts =
        ["auth", "cookie", "token", "secret", "password", "key", "session"];

    /// <summary>A copy fit for display: secrets replaced by <c>••••</c> and, for long ones, their last 2 characters.</summary>
    public static TargetCheckSettings Mask(TargetCheckSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var copy = settings.Clone();
        copy.Password = MaskValue(copy.Password);
        copy.BearerToken = MaskValue(copy.BearerToken);
        foreach (var name in copy.Headers.Keys.Where(IsSensitiveHeader).ToList())
        {
            copy.Headers[name] = MaskValue(copy.Headers[name])!;
        }

        return copy;
    }

    public static string? MaskValue(string? secret) => secret switch
    {
        null => null,
        "" => "",
        { Length: >= ShowTailFromLength } => MaskPrefix + secret[^2..],
        _ => MaskPrefix,
    };

    public static bool IsMasked(string? value) => value?.StartsWith(MaskPrefix, StringComparison.Ordinal) == true;

    /// <summary>Whether a header's value is treated as a secret, judged by its name.</summary>
    public static bool IsSensitiveHeader(string name) =>
        s_sensitiveHeaderParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Where <paramref name="incoming"/> (an edit from a form) still holds a masked value, takes the stored secret
    /// from <paramref name="stored"/>, so that editing other fields never overwrites a secret with its mask.
    /// </summary>
    public static void KeepUnchanged(TargetCheckSettings incoming, TargetCheckSettings? stored)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (IsMasked(incoming.Password))
        {
            incoming.Password = stored?.Password;
        }

        if (IsMasked(incoming.BearerToken))
        {
            incoming.BearerToken = stored?.BearerToken;
        }

        foreach (var name in incoming.Headers.Keys.Where(n => IsMasked(incoming.Headers[n])).ToList())
        {
            var old = stored?.Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
            if (old?.Value is { } value)
            {
                incoming.Headers[name] = value;
            }
            else
            {
                incoming.Headers.Remove(name);
            }
        }
    }
}
