namespace WatchDog.Tests.Infrastructure;

/// <summary>
/// Addresses of the throwaway servers that <c>scripts/test.sh</c> starts. A test that needs one fails
/// with a message saying how to run it, rather than passing without it.
/// </summary>
public static class TestServers
{
    public static string Postgres => Require("WATCHDOG_TEST_POSTGRES", "PostgreSQL");

    public static string Redis => Require("WATCHDOG_TEST_REDIS", "Redis");

    public static string Chromium => Require("WATCHDOG_TEST_CHROMIUM", "Chromium");

    private static string Require(string variable, string what) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{what} for tests is not configured ({variable} is empty): run the tests with scripts/test.sh.");
}
