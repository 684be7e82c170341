using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WatchDog.Tests.Infrastructure;

namespace WatchDog.Tests.Web;

/// <summary>
/// The real Web app in memory, on a given PostgreSQL database, with a known admin password. The type
/// argument only names the assembly whose entry point runs: the AppHost has a public Program too.
/// </summary>
public sealed class WatchDogWebFactory(
    string connectionString,
    string environment = "Testing",
    string? password = WatchDogWebFactory.Password,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<WatchDog.Web.Live.LiveUpdates>
{
    public const string User = "admin";

    public const string Password = "correct-horse-battery";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:watchdog", connectionString);
        builder.UseSetting("WatchDog:Database:Provider", "Postgres");
        builder.UseSetting("WatchDog:Admin:User", User);
        builder.UseSetting("WatchDog:Admin:Password", password ?? "");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that sends HTTP Basic credentials and does not follow redirects.</summary>
    public HttpClient CreateApiClient(string user = User, string password = Password)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = BasicAuth.Header(user, password);
        return client;
    }

    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.Timeout = TimeSpan.FromSeconds(30);
        return client;
    }

    public static async Task<WatchDogWebFactory> StartAsync(PostgresDatabase database)
    {
        var factory = new WatchDogWebFactory(database.ConnectionString);
        await Task.Run(() => factory.Server).WaitAsync(TimeSpan.FromSeconds(60));
        return factory;
    }
}
