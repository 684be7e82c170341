using WatchDog.Core;
using WatchDog.Web;
using WatchDog.Web.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddWatchDogCore(builder.Configuration);
builder.AddWatchDogWeb();

var app = builder.Build();

app.UseWatchDogWeb();
app.MapDefaultEndpoints();
app.MapWatchDogApi();
app.MapWatchDogDashboard();

app.Run();
