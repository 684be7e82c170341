namespace WatchDog.Core.Checks;

/// <summary>Why a check failed, in a word a person and a query can both use.</summary>
public enum CheckErrorKind
{
    /// <summary>The answer's status code was not a success.</summary>
    HttpStatus,

    /// <summary>No complete answer within the check's timeout.</summary>
    Timeout,

    /// <summary>DNS, TCP or TLS failed before an answer.</summary>
    Connection,

    /// <summary>More redirects than the limit, or a redirect loop.</summary>
    TooManyRedirects,

    /// <summary>The address is not allowed to be probed (metadata, link-local, private).</summary>
    Blocked,

    /// <summary>A keyword or JSON condition on the body did not hold; <c>FailedCondition</c> says which.</summary>
    Condition,

    /// <summary>Anything else; the message says what.</summary>
    Unexpected,
}
