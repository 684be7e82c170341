using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WatchDog.Core;
using WatchDog.Core.History;
using WatchDog.Core.Live;
using WatchDog.Core.Persistence;
using WatchDog.Core.Targets;

namespace WatchDog.Benchmarks;

/// <summary>
/// Seeds a database, then times the calls the dashboard makes: the home page's first table page (stats plus one
/// page of targets with their 24-hour figures) and the target page's data. Prints median and p95 of N runs after
/// one warm-up run.
/// </summary>
internal static class DashboardBenchmark
{
    public static async Task RunAsync(string label, BenchDatabase database, int runs)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<ILiveEventPublisher, SilentPublisher>()
            .AddWatchDogCore(database.Configuration)
            .AddWatchDogHistory(database.Configuration)
            .AddWatchDogTargets();
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<WatchDogDbContext>>();

        var seeding = Stopwatch.StartNew();
        var ids = await Seeder.SeedAsync(factory, DateTimeOffset.UtcNow);
        Console.WriteLine($"{label}: seeded {ids.Count} targets in {seeding.Elapsed.TotalSeconds:0.0} s");

        var targets = provider.GetRequiredService<TargetService>();
        var insights = provider.GetRequiredService<TargetInsights>();
        var page = provider.GetRequiredService<TargetPageQuery>();
        await MeasureAsync(label, "dashboard first page (stats + 25 rows with uptime/trend/cold starts)", runs, async () =>
        {
            await targets.GetStatsAsync(CancellationToken.None);
            await insights.GetPageAsync(0, 25, CancellationToken.None);
        });
        await MeasureAsync(label, "target page data (uptime windows, 7 d hourly, 90 d daily, incidents...)", runs, async () =>
            await page.LoadAsync(ids[ids.Count / 2], CancellationToken.None));
        await MeasureAsync(label, "API GET /api/targets/{id}/uptime (4 windows)", runs, async () =>
            await provider.GetRequiredService<UptimeCalculator>().GetWindowsAsync(ids[0], TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    private static async Task MeasureAsync(string label, string name, int runs, Func<Task> action)
    {
        await action();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await action();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        times.Sort();
        var median = times[times.Count / 2];
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        Console.WriteLine($"{label}: {name}: median {median:0.0} ms, p95 {p95:0.0} ms ({runs} runs)");
    }

    private sealed class SilentPublisher : ILiveEventPublisher
    {
        public Task PublishChecksRecordedAsync(IReadOnlyList<CheckRecorded> checks, CancellationToken cancellationToken) =>
            Task.CompletedTask;

        public Task PublishTargetsChangedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
