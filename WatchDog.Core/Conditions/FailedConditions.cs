namespace WatchDog.Core.Conditions;

/// <summary>The short codes stored in <c>CheckResult.FailedCondition</c>.</summary>
public static class FailedConditions
{
    /// <summary>The status code is not accepted (down).</summary>
    public const string Status = "status";

    /// <summary>The keyword is missing, or present when it must be absent (down).</summary>
    public const string Keyword = "keyword";

    /// <summary>The JSON path condition does not hold, or the body is not JSON (down).</summary>
    public const string Json = "json";

    /// <summary>The answer came slower than the target's limit (degraded).</summary>
    public const string ResponseTime = "responseTime";

    /// <summary>A presented certificate expires within the warning period (degraded).</summary>
    public const string Certificate = "certificate";

    public const int MaxLength = 16;
}
