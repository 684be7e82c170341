using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Checks;
using WatchDog.Core.Conditions;
using WatchDog.Core.History;
using WatchDog.Core.Incidents;
using WatchDog.Core.Leasing;
using WatchDog.Core.Targets;

namespace WatchDog.Core.Persistence;

/// <summary>
/// The schema, shared by both providers. Each provider has a subclass of its own so that it can
/// keep its own migration set (<see cref="PostgresWatchDogDbContext"/>, <see cref="SqliteWatchDogDbContext"/>).
/// </summary>
public abstract class WatchDogDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Target> Targets => Set<Target>();

    public DbSet<CheckResult> CheckResults => Set<CheckResult>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<LeaseRecord> Leases => Set<LeaseRecord>();

    public DbSet<CheckRollup> CheckRollups => Set<CheckRollup>();

    public DbSet<RollupState> RollupStates => Set<RollupState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Target>(target =>
        {
            target.HasKey(t => t.Id);
            target.Property(t => t.Name).HasMaxLength(TargetLimits.NameMaxLength).IsRequired();
            target.Property(t => t.Url).HasMaxLength(TargetLimits.UrlMaxLength).IsRequired();
            target.Property(t => t.Interval)
                .HasColumnName("interval_seconds")
                .HasConversion(v => (long)v.TotalSeconds, v => TimeSpan.FromSeconds(v));
            target.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
            target.Property(t => t.LastError).HasMaxLength(CheckLimits.ErrorMaxLength);
            target.Property(t => t.FailingFirstError).HasMaxLength(CheckLimits.ErrorMaxLength);
            target.Property(t => t.Platform).HasMaxLength(TargetLimits.PlatformMaxLength);
            target.Property(t => t.KeepWarmSchedule).HasMaxLength(TargetLimits.KeepWarmScheduleMaxLength);
            target.Property(t => t.KeepWarmTimeZone).HasMaxLength(TargetLimits.TimeZoneMaxLength);
            target.Property(t => t.CheckSettings)
                .HasConversion(TargetCheckSettingsJson.Converter, TargetCheckSettingsJson.Comparer)
                .IsRequired();
            target.Ignore(t => t.DisplayStatus);
            target.HasIndex(t => t.IsActive);
        });

        modelBuilder.Entity<CheckResult>(check =>
        {
            check.HasKey(c => c.Id);
            check.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(16);
            check.Property(c => c.ErrorKind).HasConversion<string>().HasMaxLength(32);
            check.Property(c => c.Error).HasMaxLength(CheckLimits.ErrorMaxLength);
            check.Property(c => c.FailedCondition).HasMaxLength(FailedConditions.MaxLength);
            check.Property(c => c.Detail).HasMaxLength(CheckLimits.ErrorMaxLength);
            check.HasIndex(c => new { c.TargetId, c.DueAt }).IsUnique();
            check.HasIndex(c => c.DueAt);
            check.HasOne<Target>().WithMany().HasForeignKey(c => c.TargetId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Incident>(incident =>
        {
            incident.HasKey(i => i.Id);
            incident.Property(i => i.FirstError).HasMaxLength(CheckLimits.ErrorMaxLength);
            incident.Ignore(i => i.Duration);
            incident.HasIndex(i => new { i.TargetId, i.StartedAt });

            // At most one open incident per target, whatever a restarted or second worker does.
            incident.HasIndex(i => i.TargetId)
                .IsUnique()
                .HasFilter("ended_at IS NULL")
                .HasDatabaseName("ix_incidents_target_id_open");
            incident.HasOne<Target>().WithMany().HasForeignKey(i => i.TargetId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<LeaseRecord>(lease =>
        {
            lease.HasKey(l => l.Name);
            lease.Property(l => l.Name).HasMaxLength(200);
            lease.Property(l => l.Holder).HasMaxLength(200);
        });

        HistoryModelConfiguration.Configure(modelBuilder);
    }
}
