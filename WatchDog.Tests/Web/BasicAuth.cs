using System.Net.Http.Headers;
using System.Text;

namespace WatchDog.Tests.Web;

internal static class BasicAuth
{
    public static AuthenticationHeaderValue Header(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
