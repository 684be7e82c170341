namespace WatchDog.Core.Conditions;

/// <summary>Whether the keyword condition wants the keyword in the body or not.</summary>
public enum KeywordMode
{
    Present,
    Absent,
}
