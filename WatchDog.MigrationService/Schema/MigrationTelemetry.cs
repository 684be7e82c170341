using System.Diagnostics;

namespace WatchDog.MigrationService.Schema;

/// <summary>The service's trace source, named after the application so ServiceDefaults exports it.</summary>
internal static class MigrationTelemetry
{
    public const string SourceName = "WatchDog.MigrationService";

    public static readonly ActivitySource Source = new(SourceName);
}
