using Microsoft.AspNetCore.Components;
using WatchDog.Core.Live;
using WatchDog.Core.Targets;
using WatchDog.Web.Live;

namespace WatchDog.Web.Components.Targets;

/// <summary>
/// One target's cells. It listens for its own target's checks, so a new result re-renders this row
/// alone, not the table.
/// </summary>
public sealed partial class TargetRow : IDisposable
{
    private IDisposable? _subscription;
    private Guid _subscribedId;
    private TargetStatus _status;
    private DateTimeOffset? _lastCheckedAt;
    private int? _lastResponseTimeMs;
    private int? _lastStatusCode;

    [Parameter, EditorRequired]
    public Target Target { get; set; } = default!;

    /// <summary>Uptime, trend and cold starts of the last 24 hours; null shows dashes.</summary>
    [Parameter]
    public TargetSummary? Summary { get; set; }

    [Parameter]
    public EventCallback<Target> OnToggleActive { get; set; }

    [Parameter]
    public EventCallback<Target> OnEdit { get; set; }

    [Parameter]
    public EventCallback<Target> OnDelete { get; set; }

    [Inject]
    private LiveUpdates Live { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override void OnParametersSet()
    {
        _status = Target.DisplayStatus;
        _lastCheckedAt = Target.LastCheckedAt;
        _lastResponseTimeMs = Target.LastResponseTimeMs;
        _lastStatusCode = Target.LastStatusCode;

        if (_subscribedId != Target.Id)
        {
            _subscription?.Dispose();
            _subscribedId = Target.Id;
            _subscription = Live.SubscribeToTarget(Target.Id, check => InvokeAsync(() => Apply(check)));
        }
    }

    private void Apply(CheckRecorded check)
    {
        // An older result arriving late must not overwrite a newer one.
        if (_lastCheckedAt is { } last && check.StartedAt < last)
        {
            return;
        }

        // The row keeps the target object in step too, so a re-render of the table shows the same.
        Target.Status = check.TargetStatus;
        Target.LastCheckedAt = _lastCheckedAt = check.StartedAt;
        Target.LastResponseTimeMs = _lastResponseTimeMs = check.DurationMs;
        Target.LastStatusCode = _lastStatusCode = check.StatusCode;
        _status = Target.DisplayStatus;
        StateHasChanged();
    }

    public void Dispose() => _subscription?.Dispose();
}
