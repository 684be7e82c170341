using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using WatchDog.Core.Probing;
using WatchDog.Core.Telemetry;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Probing;

public sealed class HttpTargetCheckerTelemetryTests
{
    [Fact]
    public async Task CheckAsync_ColdStart_RecordsSpanAndMetricsWithoutLeakingTraceHeaders()
    {
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == WorkerTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var checks = new ConcurrentQueue<(long Value, Dictionary<string, object?> Tags)>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WorkerTelemetry.Name && instrument.Name == WorkerTelemetry.ChecksInstrument)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            checks.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        meters.Start();

        var requests = 0;
        var traceHeaders = new ConcurrentQueue<string>();
        await using var server = await LocalHttpServer.StartAsync(ctx =>
        {
            if (ctx.Request.Headers.TryGetValue("traceparent", out var traceparent))
            {
                traceHeaders.Enqueue(traceparent.ToString());
            }

            ctx.Response.StatusCode = Interlocked.Increment(ref requests) == 1 ? 503 : 200;
            return Task.CompletedTask;
        });
        await using var host = CheckerHost.Create();
        var request = new CheckRequest(Guid.NewGuid(), server.BaseAddress.ToString(), DateTimeOffset.UtcNow);

        var result = await host.Checker.CheckAsync(request, CancellationToken.None).WaitAsync(CheckerHost.TestTimeout);

        Assert.True(result.ColdStart);
        var span = Assert.Single(activities, a => a.GetTagItem(CheckTelemetry.TargetIdTag) as string == request.TargetId.ToString());
        Assert.Equal("check", span.OperationName);
        Assert.Equal("127.0.0.1", span.GetTagItem(CheckTelemetry.HostTag));
        Assert.Equal("up", span.GetTagItem(CheckTelemetry.OutcomeTag));
        Assert.Equal(2, span.GetTagItem(CheckTelemetry.AttemptsTag));
        Assert.Equal(true, span.GetTagItem(CheckTelemetry.ColdStartTag));
        Assert.Equal(200, span.GetTagItem(CheckTelemetry.StatusCodeTag));
        Assert.Contains(checks, m => m.Value == 1 && Equals(m.Tags["outcome"], "up") && Equals(m.Tags["cold_start"], true));
        Assert.Empty(traceHeaders);
    }
}
