using Microsoft.AspNetCore.Components;
using WatchDog.Core.Targets;
using WatchDog.Web.Components.Targets;

namespace WatchDog.Web.Components.Pages;

/// <summary>The dashboard: stats, add form and targets. Live checks update rows and stats on their own.</summary>
public sealed partial class Home
{
    private TargetStats _stats = TargetStats.Empty;
    private TargetsTable? _table;

    [Inject]
    private TargetService Targets { get; set; } = default!;

    protected override Task OnInitializedAsync() => ReloadStatsAsync();

    private async Task AddedAsync()
    {
        if (_table is not null)
        {
            await _table.ReloadAsync();
        }

        await ReloadStatsAsync();
    }

    private async Task ReloadStatsAsync() => _stats = await Targets.GetStatsAsync(CancellationToken.None);
}
