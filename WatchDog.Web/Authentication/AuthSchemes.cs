namespace WatchDog.Web.Authentication;

internal static class AuthSchemes
{
    /// <summary>Picks <see cref="Basic"/> when the request carries a Basic header, else the cookie.</summary>
    public const string Default = "WatchDog";

    public const string Basic = "Basic";

    public const string Cookie = "Cookies";

    public const string Realm = "WatchDog";
}
