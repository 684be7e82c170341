namespace WatchDog.Core.Incidents;

public enum IncidentChange
{
    /// <summary>No incident is affected.</summary>
    None,

    /// <summary>The target just went down: open an incident from <see cref="TargetHealth.FailingSince"/>.</summary>
    Opened,

    /// <summary>Another failed check while down: count it on the open incident.</summary>
    Extended,

    /// <summary>The target came back: close the open incident at this check.</summary>
    Closed,
}
