using Microsoft.AspNetCore.Components;
using WatchDog.Core.Checks;
using WatchDog.Core.Live;
using WatchDog.Core.Targets;
using WatchDog.Web.Live;

namespace WatchDog.Web.Components.Pages;

/// <summary>One target and its latest checks; new checks are added from live events, not re-queried.</summary>
public sealed partial class TargetDetails : IDisposable
{
    private const int ShownChecks = 100;

    private Target? _target;
    private List<CheckResult> _checks = [];
    private bool _loaded;
    private IDisposable? _subscription;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private TargetService Targets { get; set; } = default!;

    [Inject]
    private LiveUpdates Live { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _subscription?.Dispose();
        _target = await Targets.GetAsync(Id, CancellationToken.None);
        var checks = await Targets.GetRecentChecksAsync(Id, ShownChecks, CancellationToken.None);
        _checks = checks?.ToList() ?? [];
        _loaded = true;
        _subscription = Live.SubscribeToTarget(Id, check => InvokeAsync(() => Apply(check)));
    }

    private void Apply(CheckRecorded check)
    {
        if (_target is null || _checks.Any(c => c.Id == check.CheckId))
        {
            return;
        }

        _target.Status = check.TargetStatus;
        _target.LastCheckedAt = check.StartedAt;
        _target.LastResponseTimeMs = check.DurationMs;
        _target.LastStatusCode = check.StatusCode;
        _checks.Insert(0, ToResult(check));
        if (_checks.Count > ShownChecks)
        {
            _checks.RemoveAt(_checks.Count - 1);
        }

        StateHasChanged();
    }

    private static CheckResult ToResult(CheckRecorded check) => new()
    {
        Id = check.CheckId,
        TargetId = check.TargetId,
        DueAt = check.DueAt,
        StartedAt = check.StartedAt,
        DurationMs = check.DurationMs,
        StatusCode = check.StatusCode,
        Outcome = check.Outcome,
        Error = check.Error,
        Attempts = check.Attempts,
        ColdStart = check.ColdStart,
    };

    public void Dispose() => _subscription?.Dispose();
}
