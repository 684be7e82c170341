using Microsoft.AspNetCore.Components;
using WatchDog.Core.Targets;

namespace WatchDog.Web.Components.Targets;

/// <summary>Adds a target; the service's validator supplies the messages shown beside each field.</summary>
public sealed partial class AddTargetForm
{
    private TargetFormModel _model = new();
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private bool _saving;
    private bool _moreOpen;

    [Parameter]
    public EventCallback<Target> OnAdded { get; set; }

    [Inject]
    private TargetService Targets { get; set; } = default!;

    private async Task SubmitAsync()
    {
        if (_saving)
        {
            return;
        }

        _saving = true;
        try
        {
            var result = await Targets.CreateAsync(_model.ToInput(), CancellationToken.None);
            _errors = result.Errors;

            // Errors outside URL, name and interval are in the folded panels: open them so they are seen.
            _moreOpen = _errors.Keys.Any(k => k is not (TargetFields.Url or TargetFields.Name or TargetFields.IntervalSeconds));
            if (result.Target is { } target)
            {
                _model = new TargetFormModel();
                await OnAdded.InvokeAsync(target);
            }
        }
        finally
        {
            _saving = false;
        }
    }
}
