using System.Net.Http.Headers;
using System.Text;
using WatchDog.Core.Conditions;

namespace WatchDog.Core.Probing;

/// <summary>
/// Builds each hop's request from the target's settings. Credentials and the target's own headers go only to the
/// target's own origin: a redirect to another host gets neither, as a browser would not send them either.
/// </summary>
internal static class ProbeRequestBuilder
{
    private const string DefaultBodyType = "text/plain; charset=utf-8";

    public static HttpRequestMessage Build(
        Uri url,
        HttpMethod method,
        bool sendBody,
        bool sameOrigin,
        TargetCheckSettings settings)
    {
        var request = new HttpRequestMessage(method, url);
        request.Options.Set(ProbeRequests.Marker, true);
        if (sendBody && settings.Body is { } body)
        {
            var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(settings.BodyContentType ?? DefaultBodyType);
            request.Content = content;
        }

        if (!sameOrigin)
        {
            return request;
        }

        foreach (var (name, value) in settings.Headers)
        {
            // A header set here wins over the client's defaults (User-Agent, Accept), which HttpClient adds only
            // when the request has none of that name. Content headers go on the body, when there is one.
            if (!request.Headers.TryAddWithoutValidation(name, value) && request.Content is { } content)
            {
                content.Headers.Remove(name);
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        request.Headers.Authorization = settings.Authentication switch
        {
            AuthenticationKind.Basic => new AuthenticationHeaderValue(
                "Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}"))),
            AuthenticationKind.Bearer => new AuthenticationHeaderValue("Bearer", settings.BearerToken),
            _ => request.Headers.Authorization,
        };
        return request;
    }

    /// <summary>The method a redirect is followed with: 303 (and 301/302 after a POST) turn into GET without a body.</summary>
    public static (HttpMethod Method, bool SendBody) AfterRedirect(int status, HttpMethod method, bool sendBody)
    {
        if (method == HttpMethod.Head)
        {
            return (method, false);
        }

        if (status == 303 || (status is 301 or 302 && method == HttpMethod.Post))
        {
            return (HttpMethod.Get, false);
        }

        return (method, sendBody);
    }

    public static bool IsSameOrigin(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
