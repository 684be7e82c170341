using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using WatchDog.Core.Targets;

namespace WatchDog.Core.History;

/// <summary>The rollup tables: kept apart from the main schema file because they belong to history alone.</summary>
internal static class HistoryModelConfiguration
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CheckRollup>(rollup =>
        {
            rollup.HasKey(r => new { r.TargetId, r.Period, r.PeriodStart });
            rollup.Property(r => r.Period).HasConversion<string>().HasMaxLength(8);
            rollup.Property(r => r.Histogram)
                .HasConversion(h => h.ToString(), text => LatencyHistogram.Parse(text))
                .Metadata.SetValueComparer(new ValueComparer<LatencyHistogram>(
                    (a, b) => a!.ToString() == b!.ToString(),
                    h => h.ToString().GetHashCode(StringComparison.Ordinal),
                    h => LatencyHistogram.Parse(h.ToString())));
            rollup.Ignore(r => r.FailedChecks);
            rollup.HasIndex(r => new { r.Period, r.PeriodStart });
            rollup.HasOne<Target>().WithMany().HasForeignKey(r => r.TargetId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RollupState>(state =>
        {
            state.HasKey(s => s.Name);
            state.Property(s => s.Name).HasMaxLength(32);
        });
    }
}
