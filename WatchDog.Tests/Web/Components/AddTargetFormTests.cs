using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WatchDog.Core;
using WatchDog.Core.Coordination;
using WatchDog.Core.Targets;
using WatchDog.Tests.Infrastructure;
using WatchDog.Web.Components.Targets;

namespace WatchDog.Tests.Web.Components;

public sealed class AddTargetFormTests : MudTestContext
{
    private readonly SqliteDatabase _database = new();

    public override async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:watchdog"] = _database.ConnectionString,
            ["WatchDog:Database:Provider"] = "Sqlite",
        }).Build();
        Services.AddWatchDogCore(configuration);
        Services.AddWatchDogTargets();
        Services.AddWatchDogCoordination(configuration);
    }

    protected override Task OnDisposedAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("ftp://files.example.test/", "", "add-target-url", "Only http and https")]
    [InlineData("", "", "add-target-url", "A URL is required")]
    [InlineData("https://example.test/", "5", "add-target-interval", "between 10 and 86400 seconds")]
    public void Submit_InvalidInput_ShowsTheMessageBesideTheField(string url, string interval, string inputId, string message)
    {
        var added = 0;
        var cut = Render<AddTargetForm>(ps => ps.Add(p => p.OnAdded, (Target _) => added++));

        cut.Find("#add-target-url").Change(url);
        if (interval.Length > 0)
        {
            cut.Find("#add-target-interval").Change(interval);
        }

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains(message, FieldContainer(cut, inputId)), TimeSpan.FromSeconds(5));
        Assert.Equal(0, added);
        Assert.DoesNotContain(message, FieldContainer(cut, inputId == "add-target-url" ? "add-target-name" : "add-target-url"));
    }

    [Fact]
    public void Submit_ValidInput_RaisesOnAddedAndClearsTheForm()
    {
        Target? added = null;
        var cut = Render<AddTargetForm>(ps => ps.Add(p => p.OnAdded, (Target t) => added = t));

        cut.Find("#add-target-url").Change("https://sleepy.example.test/health");
        cut.Find("#add-target-name").Change("Sleepy");
        cut.Find("#add-target-interval").Change("20");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.NotNull(added), TimeSpan.FromSeconds(10));
        Assert.Equal("Sleepy", added!.Name);
        Assert.Equal(TimeSpan.FromSeconds(20), added.Interval);
        cut.WaitForAssertion(() => Assert.Equal("", cut.Find("#add-target-url").GetAttribute("value") ?? ""), TimeSpan.FromSeconds(5));
    }

    // MudBlazor renders a field's error text inside the same input control as the input itself.
    private static string FieldContainer(IRenderedComponent<AddTargetForm> cut, string inputId) =>
        cut.Find($"#{inputId}").Closest(".mud-input-control")?.TextContent ?? "";
}
