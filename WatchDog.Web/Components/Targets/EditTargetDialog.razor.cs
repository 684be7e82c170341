using Microsoft.AspNetCore.Components;
using MudBlazor;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Components.Targets;

/// <summary>Edits every field of a target; closes with the saved target, or stays open with the errors.</summary>
public sealed partial class EditTargetDialog
{
    private TargetFormModel _model = new();
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private bool _saving;
    private bool _advancedOpen;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public Target Target { get; set; } = default!;

    [Inject]
    private TargetService Targets { get; set; } = default!;

    protected override void OnInitialized() => _model = TargetFormModel.From(Target);

    // An error in the advanced section opens it, so its message is seen.
    private static readonly HashSet<string> s_advancedFields =
    [
        .. typeof(WatchDog.Core.Conditions.TargetCheckSettingsFields).GetFields()
            .Select(f => (string)f.GetRawConstantValue()!),
    ];

    private void Cancel() => Dialog.Cancel();

    private async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }

        _saving = true;
        try
        {
            var result = await Targets.UpdateAsync(Target.Id, _model.ToInput(), CancellationToken.None);
            _errors = result.Errors;
            _advancedOpen = _errors.Keys.Any(s_advancedFields.Contains);
            if (result.Target is { } saved)
            {
                Dialog.Close(DialogResult.Ok(saved));
            }
            else if (result.IsNotFound)
            {
                Dialog.Close(DialogResult.Ok<Target?>(null));
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
