using Microsoft.Extensions.DependencyInjection;
using WatchDog.Core.Checks;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Probing;

public sealed class HttpTargetCheckerRetryTests
{
    [Fact]
    public async Task CheckAsync_KeepsFailing_WaitsRetryDelayThenDoublesIt()
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            Interlocked.Increment(ref requests);
            ctx.Response.StatusCode = 502;
            return Task.CompletedTask;
        });
        var clock = new TimerWatchingClock();
        await using var host = CheckerHost.Create(
            new Dictionary<string, string?>
            {
                ["WatchDog:Checks:Timeout"] = "00:00:10",
                ["WatchDog:Checks:Retries"] = "3",
                ["WatchDog:Checks:RetryDelay"] = "00:00:15",
            },
            services => services.AddSingleton<TimeProvider>(clock));
        var startedAt = clock.GetUtcNow();

        var check = host.CheckAsync(server.BaseAddress);
        var delays = new List<TimeSpan>();
        while (delays.Count < 3)
        {
            var dueTime = await clock.DueTimes.ReadAsync().AsTask().WaitAsync(CheckerHost.TestTimeout);
            if (dueTime == TimeSpan.FromSeconds(10))
            {
                continue;
            }

            delays.Add(dueTime);
            Assert.Equal(delays.Count, Volatile.Read(ref requests));
            clock.Advance(dueTime);
        }

        var result = await check;

        Assert.Equal([TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)], delays);
        Assert.Equal(4, result.Attempts);
        Assert.Equal(4, Volatile.Read(ref requests));
        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(502, result.StatusCode);
        Assert.Equal(startedAt, result.StartedAt);
    }

    [Fact]
    public async Task CheckAsync_NoRetriesConfigured_MakesOneAttempt()
    {
        var requests = 0;
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            Interlocked.Increment(ref requests);
            ctx.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?> { ["WatchDog:Checks:Retries"] = "0" });

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckOutcome.Down, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(1, Volatile.Read(ref requests));
    }

    [Fact]
    public async Task CheckAsync_ErrorLongerThanLimit_IsTruncated()
    {
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            ctx.Response.Redirect("/" + new string('a', 3000));
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create(new Dictionary<string, string?>
        {
            ["WatchDog:Checks:Retries"] = "0",
            ["WatchDog:Checks:MaxRedirects"] = "0",
        });

        var result = await host.CheckAsync(server.BaseAddress);

        Assert.Equal(CheckErrorKind.TooManyRedirects, result.ErrorKind);
        Assert.Equal(CheckLimits.ErrorMaxLength, result.Error!.Length);
    }
}
