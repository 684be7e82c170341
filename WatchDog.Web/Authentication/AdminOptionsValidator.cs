using Microsoft.Extensions.Options;

namespace WatchDog.Web.Authentication;

/// <summary>Outside Development, refuses to start without a real admin password, naming the key to set.</summary>
internal sealed class AdminOptionsValidator(IHostEnvironment environment) : IValidateOptions<AdminOptions>
{
    // Passwords that appear in READMEs and compose files; anyone scanning the internet tries these first.
    private static readonly HashSet<string> s_wellKnown = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "password", "changeme", "change_me", "super_secret_default", "secret", "default",
        "root", "letmein", "123456", "12345678", "password1", "your_secure_password",
        AdminOptions.DevelopmentPassword,
    };

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.User))
        {
            errors.Add($"{AdminOptions.SectionName}:User (or ADMIN_USER) must not be empty.");
        }

        if (!environment.IsDevelopment())
        {
            if (string.IsNullOrWhiteSpace(options.Password))
            {
                errors.Add($"No admin password is set: set {AdminOptions.PasswordKey} (or ADMIN_PASS) " +
                    "to a password of your own. It may only be left empty in the Development environment.");
            }
            else if (s_wellKnown.Contains(options.Password.Trim()))
            {
                errors.Add($"{AdminOptions.PasswordKey} (or ADMIN_PASS) is a well-known default " +
                    "password; set a password of your own.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
