using WatchDog.MigrationService.Schema;

var builder = Host.CreateApplicationBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddWatchDogMigrations(builder.Configuration);

using var host = builder.Build();
var result = host.Services.GetRequiredService<MigrationResult>();
await host.RunAsync();

// Zero only when the schema is up to date: the AppHost starts Web and Worker on that exit code.
return result.ExitCode;
