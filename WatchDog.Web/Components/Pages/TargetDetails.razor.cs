using Microsoft.AspNetCore.Components;
using WatchDog.Core.Checks;
using WatchDog.Core.Live;
using WatchDog.Core.Targets;
using WatchDog.Web.Live;

namespace WatchDog.Web.Components.Pages;

/// <summary>
/// One target: uptime, history, incidents, conditions and latest checks. New checks are added from live events;
/// a change of state (an incident opening or closing) reloads the figures.
/// </summary>
public sealed partial class TargetDetails : IDisposable
{
    private TargetPageData? _data;
    private Target? _target;
    private List<CheckResult> _checks = [];
    private bool _loaded;
    private IDisposable? _subscription;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private TargetPageQuery Query { get; set; } = default!;

    [Inject]
    private LiveUpdates Live { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _subscription?.Dispose();
        await LoadAsync();
        _subscription = Live.SubscribeToTarget(Id, check => InvokeAsync(() => ApplyAsync(check)));
    }

    private async Task LoadAsync()
    {
        _data = await Query.LoadAsync(Id, CancellationToken.None);
        _target = _data?.Target;
        _checks = _data?.RecentChecks.ToList() ?? [];
        _loaded = true;
    }

    private async Task ApplyAsync(CheckRecorded check)
    {
        if (_target is null || _checks.Any(c => c.Id == check.CheckId))
        {
            return;
        }

        if (check.TargetStatus != _target.Status)
        {
            await LoadAsync();
            StateHasChanged();
            return;
        }

        _target.LastCheckedAt = check.StartedAt;
        _target.LastResponseTimeMs = check.DurationMs;
        _target.LastStatusCode = check.StatusCode;
        _checks.Insert(0, ToResult(check));
        if (_checks.Count > TargetPageQuery.RecentChecks)
        {
            _checks.RemoveAt(_checks.Count - 1);
        }

        StateHasChanged();
    }

    private static string CertificateText(TargetPageData data) =>
        data.CertificateExpiresAt is { } expiry
            ? $"{expiry.UtcDateTime:yyyy-MM-dd} ({(int)(expiry - data.LoadedAt).TotalDays} days)"
            : "–";

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
