namespace WatchDog.Core.Checks;

public enum CheckOutcome
{
    Up,
    Down,
}
