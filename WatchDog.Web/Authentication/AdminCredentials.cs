using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace WatchDog.Web.Authentication;

/// <summary>Checks a user name and password against the admin account without leaking timing.</summary>
internal sealed class AdminCredentials(IOptions<AdminOptions> options)
{
    public bool IsValid(string? user, string? password)
    {
        var admin = options.Value;
        if (user is null || password is null || string.IsNullOrEmpty(admin.Password))
        {
            return false;
        }

        // Both sides are hashed first so that the comparison takes the same time whatever the lengths;
        // both comparisons always run so that a wrong user name is not faster than a wrong password.
        var userMatches = FixedTimeEquals(user, admin.User);
        var passwordMatches = FixedTimeEquals(password, admin.Password);
        return userMatches & passwordMatches;
    }

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
