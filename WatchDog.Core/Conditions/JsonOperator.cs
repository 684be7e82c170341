namespace WatchDog.Core.Conditions;

/// <summary>How the value found at a JSON path is compared with the expected one.</summary>
public enum JsonOperator
{
    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&lt;</c>, numbers only.</summary>
    LessThan,

    /// <summary><c>&lt;=</c>, numbers only.</summary>
    LessThanOrEqual,

    /// <summary><c>&gt;</c>, numbers only.</summary>
    GreaterThan,

    /// <summary><c>&gt;=</c>, numbers only.</summary>
    GreaterThanOrEqual,

    /// <summary>A string holding the value, an array with an element equal to it, or an object with such a key.</summary>
    Contains,
}
