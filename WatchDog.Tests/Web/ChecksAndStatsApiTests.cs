using System.Net;
using System.Net.Http.Json;
using WatchDog.Core.Checks;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;
using WatchDog.Web.Api;

namespace WatchDog.Tests.Web;

public sealed class ChecksAndStatsApiTests
{
    private static readonly DateTimeOffset s_start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetChecks_SeveralResults_ReturnsNewestFirstAndHonoursLimit()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = await WatchDogWebFactory.StartAsync(database);
        var client = factory.CreateApiClient();
        var target = await CreateAsync(client);
        await InsertChecksAsync(database, target.Id, count: 5);

        var all = await ApiJson.ReadAsync<CheckResponse[]>(await client.GetAsync($"/api/targets/{target.Id}/checks"));
        var two = await ApiJson.ReadAsync<CheckResponse[]>(await client.GetAsync($"/api/targets/{target.Id}/checks?limit=2"));
        var raw = await ApiJson.ReadElementAsync(await client.GetAsync($"/api/targets/{target.Id}/checks?limit=1"));

        Assert.Equal(5, all.Length);
        Assert.Equal(all.Select(c => c.DueAt).OrderByDescending(d => d), all.Select(c => c.DueAt));
        Assert.Equal(s_start.AddMinutes(4), all[0].DueAt);
        Assert.Equal(all.Take(2).Select(c => c.DueAt), two.Select(c => c.DueAt));
        var newest = raw[0];
        Assert.Equal("down", newest.GetProperty("outcome").GetString());
        Assert.Equal(503, newest.GetProperty("statusCode").GetInt32());
        Assert.Equal("HTTP 503", newest.GetProperty("error").GetString());
        Assert.Equal(4, newest.GetProperty("attempts").GetInt32());
        Assert.False(newest.GetProperty("coldStart").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/targets/{Guid.NewGuid()}/checks")).StatusCode);
    }

    [Fact]
    public async Task GetStats_MixedTargets_CountsEachState()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = await WatchDogWebFactory.StartAsync(database);
        var client = factory.CreateApiClient();
        var up = await CreateAsync(client);
        var down = await CreateAsync(client);
        var pausedDown = await CreateAsync(client);
        await CreateAsync(client);
        await SetStatusAsync(database, up.Id, TargetStatus.Up);
        await SetStatusAsync(database, down.Id, TargetStatus.Down);
        await SetStatusAsync(database, pausedDown.Id, TargetStatus.Down);
        await client.PostAsync($"/api/targets/{pausedDown.Id}/pause", null);

        var stats = await ApiJson.ReadAsync<StatsResponse>(await client.GetAsync("/api/stats"));

        Assert.Equal(new StatsResponse(Total: 4, Active: 3, Paused: 1, Up: 1, Down: 1, Pending: 1, Degraded: 0), stats);
    }

    private static async Task<TargetResponse> CreateAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/targets", new { url = $"https://{Guid.NewGuid():N}.example.test/" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ApiJson.ReadAsync<TargetResponse>(response);
    }

    private static async Task InsertChecksAsync(PostgresDatabase database, Guid targetId, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var db = database.CreateDbContext();
        // Inserted out of order so that the endpoint's ordering, not the insert order, is what is tested.
        foreach (var i in Enumerable.Range(0, count).OrderBy(i => (i * 3) % count))
        {
            var last = i == count - 1;
            db.CheckResults.Add(new CheckResult
            {
                TargetId = targetId,
                DueAt = s_start.AddMinutes(i),
                StartedAt = s_start.AddMinutes(i).AddMilliseconds(40),
                DurationMs = 100 + i,
                StatusCode = last ? 503 : 200,
                Outcome = last ? CheckOutcome.Down : CheckOutcome.Up,
                ErrorKind = last ? CheckErrorKind.HttpStatus : null,
                Error = last ? "HTTP 503" : null,
                Attempts = last ? 4 : 1,
            });
        }

        await db.SaveChangesAsync(timeout.Token);
    }

    private static async Task SetStatusAsync(PostgresDatabase database, Guid id, TargetStatus status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var db = database.CreateDbContext();
        var target = await db.Targets.FindAsync([id], timeout.Token);
        target!.Status = status;
        await db.SaveChangesAsync(timeout.Token);
    }
}
