using Microsoft.AspNetCore.Components;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Components.Pages;

/// <summary>The dashboard: stats, add form and targets. Live checks update rows and stats on their own.</summary>
public sealed partial class Home
{
    private IReadOnlyList<Target> _targets = [];
    private TargetStats _stats = TargetStats.Empty;

    [Inject]
    private TargetService Targets { get; set; } = default!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _targets = await Targets.ListAsync(0, TargetService.MaxPageSize, CancellationToken.None);
        _stats = await Targets.GetStatsAsync(CancellationToken.None);
    }
}
