using System.Net;
using WatchDog.Web.Authentication;

namespace WatchDog.Tests.Web;

public sealed class SignInThrottleTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Api_AfterTooManyWrongPasswords_RefusesEvenTheRightOne()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.OK, (await app.Factory.CreateApiClient().GetAsync("/api/stats", timeout.Token)).StatusCode);

        for (var attempt = 0; attempt < SignInThrottle.FailuresAllowed; attempt++)
        {
            var wrong = await app.Factory.CreateApiClient(password: "guess-" + attempt).GetAsync("/api/stats", timeout.Token);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await app.Factory.CreateApiClient().GetAsync("/api/stats", timeout.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [Fact]
    public void IsLockedOut_FewerFailuresThanAllowed_StaysOpen()
    {
        using var throttle = new SignInThrottle();
        for (var attempt = 0; attempt < SignInThrottle.FailuresAllowed - 1; attempt++)
        {
            throttle.RecordFailure("10.0.0.1");
        }

        Assert.False(throttle.IsLockedOut("10.0.0.1"));
        throttle.RecordFailure("10.0.0.1");
        Assert.True(throttle.IsLockedOut("10.0.0.1"));
        Assert.False(throttle.IsLockedOut("10.0.0.2"));
    }
}
