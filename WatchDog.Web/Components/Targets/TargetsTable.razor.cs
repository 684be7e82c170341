using Microsoft.AspNetCore.Components;
using MudBlazor;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Components.Targets;

/// <summary>
/// The targets list with its row actions (pause/resume, edit, delete after confirmation). Paged on the server:
/// each page is one list query plus a fixed number of batched queries for its rows' 24-hour figures, so the
/// dashboard opens as fast with 1,000 targets as with ten.
/// </summary>
public sealed partial class TargetsTable
{
    public const int PageSize = 25;

    private MudTable<Target>? _table;
    private TargetPage? _page;

    /// <summary>Raised after a target was changed or deleted, so the page can reload list and stats.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private TargetService Service { get; set; } = default!;

    [Inject]
    private TargetInsights Insights { get; set; } = default!;

    /// <summary>Reads the current page again (after an add, or a change elsewhere).</summary>
    public Task ReloadAsync() => _table?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<TableData<Target>> LoadPageAsync(TableState state, CancellationToken cancellationToken)
    {
        _page = await Insights.GetPageAsync(state.Page * state.PageSize, state.PageSize, cancellationToken);
        return new TableData<Target> { Items = _page.Targets, TotalItems = _page.Total };
    }

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    // MudTable gives no way to put attributes on its rows; browser tests find rows by this class and the
    // data-target-id of the name cell inside.
    private static string RowClass(Target target, int index) => $"target-row target-{target.Id:N}";

    private async Task ToggleActiveAsync(Target target)
    {
        await Service.SetActiveAsync(target.Id, !target.IsActive, CancellationToken.None);
        await ReloadAsync();
        await OnChanged.InvokeAsync();
    }

    private async Task EditAsync(Target target)
    {
        var parameters = new DialogParameters<EditTargetDialog> { { d => d.Target, target } };
        var dialog = await Dialogs.ShowAsync<EditTargetDialog>("Edit target", parameters, DialogOptionsFor());
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            await ReloadAsync();
            await OnChanged.InvokeAsync();
        }
    }

    private async Task DeleteAsync(Target target)
    {
        var parameters = new DialogParameters<ConfirmDeleteDialog> { { d => d.Name, target.Name } };
        var dialog = await Dialogs.ShowAsync<ConfirmDeleteDialog>("Delete target", parameters, DialogOptionsFor());
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            await Service.DeleteAsync(target.Id, CancellationToken.None);
            await ReloadAsync();
            await OnChanged.InvokeAsync();
        }
    }

    private static DialogOptions DialogOptionsFor() =>
        new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
}
