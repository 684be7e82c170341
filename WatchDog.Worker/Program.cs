using WatchDog.Core;
using WatchDog.Core.Coordination;
using WatchDog.Core.Scheduling;
using WatchDog.Worker;

var builder = Host.CreateApplicationBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddWatchDogCore(builder.Configuration);
builder.Services.AddWatchDogCoordination(builder.Configuration);
builder.Services.AddWatchDogEngine(builder.Configuration);
builder.Services.AddHostedService<EngineService>();

builder.Build().Run();
