using WatchDog.Benchmarks;

// Times the dashboard's data paths against 1,000 seeded targets. Not part of the test run:
//   dotnet run -c Release --project WatchDog.Benchmarks [-- --runs 30]
// SQLite always; PostgreSQL too when WATCHDOG_BENCH_POSTGRES (or WATCHDOG_TEST_POSTGRES) holds a connection
// string to a server where a throwaway database may be created.
var runs = args.Length == 2 && args[0] == "--runs" && int.TryParse(args[1], out var n) ? n : 20;
await using (var sqlite = await BenchDatabase.CreateSqliteAsync())
{
    await DashboardBenchmark.RunAsync("SQLite", sqlite, runs);
}

var postgres = Environment.GetEnvironmentVariable("WATCHDOG_BENCH_POSTGRES")
    ?? Environment.GetEnvironmentVariable("WATCHDOG_TEST_POSTGRES");
if (!string.IsNullOrWhiteSpace(postgres))
{
    await using var database = await BenchDatabase.CreatePostgresAsync(postgres);
    await DashboardBenchmark.RunAsync("PostgreSQL", database, runs);
}
