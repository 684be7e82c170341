namespace WatchDog.MigrationService.Schema;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Applied {Count} migration(s) to the {Provider} database: {Migrations}")]
    public static partial void Applied(ILogger logger, int count, string provider, string migrations);

    [LoggerMessage(2, LogLevel.Information, "The {Provider} database is up to date: no migration to apply")]
    public static partial void UpToDate(ILogger logger, string provider);

    [LoggerMessage(3, LogLevel.Warning, "The database does not answer yet (attempt {Attempt}): {Reason}; retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(4, LogLevel.Error, "Migrating the {Provider} database failed")]
    public static partial void Failed(ILogger logger, Exception exception, string provider);
}
