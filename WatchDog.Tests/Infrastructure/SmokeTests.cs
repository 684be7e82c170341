using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Targets;

namespace WatchDog.Tests.Infrastructure;

public sealed class SmokeTests
{
    [Fact]
    public async Task Migrations_OnPostgresAndSqlite_CreateTheTargetsTable()
    {
        await using var postgres = await PostgresDatabase.CreateAsync();
        var sqlite = new SqliteDatabase();
        await sqlite.InitializeAsync();
        try
        {
            foreach (var context in new Core.Persistence.WatchDogDbContext[] { postgres.CreateDbContext(), sqlite.CreateDbContext() })
            {
                await using (context)
                {
                    context.Targets.Add(new Target { Name = "a", Url = "https://example.test/", Interval = TimeSpan.FromSeconds(30) });
                    await context.SaveChangesAsync();
                    Assert.Equal(1, await context.Targets.CountAsync(t => t.Interval == TimeSpan.FromSeconds(30)));
                }
            }
        }
        finally
        {
            await sqlite.DisposeAsync();
        }
    }
}
