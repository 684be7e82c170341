namespace WatchDog.Core.KeepWarm;

/// <summary>
/// The platforms whose free tiers put apps to sleep. Each interval sits just inside the platform's idle limit.
/// The reasons are shown to the user, so they say plainly what a ping does and does not achieve. Figures are
/// the platforms' published rules at the time of writing; they change, so the reason names the rule it relies on.
/// </summary>
public static class PlatformPresets
{
    public static PlatformPreset Render { get; } = new(
        "render",
        "Render",
        TimeSpan.FromMinutes(14),
        TimeSpan.FromMinutes(15),
        "Render's free web services spin down after 15 minutes without inbound traffic. A check every 14 minutes " +
        "is inbound traffic, so the service never reaches the limit.",
        750,
        "750 free instance hours a month per workspace, shared by all its free web services.");

    public static PlatformPreset HerokuEco { get; } = new(
        "heroku-eco",
        "Heroku Eco",
        TimeSpan.FromMinutes(25),
        TimeSpan.FromMinutes(30),
        "Heroku Eco dynos sleep after 30 minutes without web traffic. A check every 25 minutes keeps the dyno " +
        "awake, and every awake hour counts against the account's Eco dyno hours.",
        1000,
        "1000 Eco dyno hours a month, shared by all Eco dynos of the account.");

    public static PlatformPreset Railway { get; } = new(
        "railway",
        "Railway",
        TimeSpan.FromMinutes(9),
        TimeSpan.FromMinutes(10),
        "With Serverless (app sleeping) on, Railway sleeps a service after about 10 minutes without outbound " +
        "traffic. A check is inbound: it wakes a sleeping service, but keeps it awake only if answering it makes " +
        "the app send traffic out (a database query, an API call). A check every 9 minutes keeps each sleep short; " +
        "to never sleep, turn Serverless off.",
        null,
        null);

    public static PlatformPreset Fly { get; } = new(
        "fly",
        "Fly.io",
        TimeSpan.FromMinutes(4),
        TimeSpan.FromMinutes(5),
        "Fly.io stops idle Machines when the app has auto-stop on; its proxy looks at the traffic every few minutes. " +
        "A check every 4 minutes keeps a Machine busy enough in most setups; for a guarantee set " +
        "min_machines_running = 1 or turn auto-stop off.",
        null,
        null);

    public static IReadOnlyList<PlatformPreset> All { get; } = [Render, HerokuEco, Railway, Fly];

    /// <summary>The preset with this id (case-insensitive), or null.</summary>
    public static PlatformPreset? Find(string? id) =>
        id is null ? null : All.FirstOrDefault(p => string.Equals(p.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));
}
