namespace WatchDog.Web.Authentication;

/// <summary>
/// The one admin account, under <c>WatchDog:Admin</c>. <c>ADMIN_USER</c> / <c>ADMIN_PASS</c> override
/// <c>User</c> / <c>Password</c> when set.
/// </summary>
public sealed class AdminOptions
{
    public const string SectionName = "WatchDog:Admin";

    public const string PasswordKey = SectionName + ":Password";

    /// <summary>Used in Development only, when no password is configured. Logged as a warning at start.</summary>
    public const string DevelopmentPassword = "watchdog";

    /// <summary>User name. Default <c>admin</c>.</summary>
    public string User { get; set; } = "admin";

    /// <summary>Password. No default outside Development; start-up fails without one.</summary>
    public string? Password { get; set; }

    /// <summary>True when <see cref="DevelopmentPassword"/> filled in a missing password.</summary>
    public bool UsesDevelopmentPassword { get; set; }
}
