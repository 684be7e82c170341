using System.ComponentModel.DataAnnotations;

namespace WatchDog.MigrationService.Schema;

/// <summary>Settings under <c>WatchDog:Migrations</c>.</summary>
public sealed class MigrationOptions
{
    public const string SectionName = "WatchDog:Migrations";

    /// <summary>
    /// How long to keep retrying while the database does not answer yet (it may still be starting).
    /// Default: 60 seconds.
    /// </summary>
    [Range(
        typeof(TimeSpan),
        "00:00:00",
        "01:00:00",
        ErrorMessage = "WatchDog:Migrations:ConnectRetryTimeout must be between 0 and 1 hour.")]
    public TimeSpan ConnectRetryTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
