using WatchDog.AppHost.Infrastructure;

var builder = DistributedApplication.CreateBuilder(args);

// Database and Redis: external connection strings, containers, local programs or an embedded SQLite
// file, chosen by WatchDog:Infrastructure (auto by default) and announced in one log line at start.
var infrastructure = builder.AddWatchDogInfrastructure();

// Applies the schema, then exits; everything else starts only after it succeeded.
var migrations = builder.AddWatchDogProject<Projects.WatchDog_MigrationService>("migrations", infrastructure)
    .WaitForServers(infrastructure);

// Dashboard and REST API on http://localhost:5000.
builder.AddWatchDogProject<Projects.WatchDog_Web>("web", infrastructure)
    .WithHttpEndpoint(port: 5000, name: "http")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .WaitForCompletion(migrations);

// Scheduler and checker; any number of replicas may run.
builder.AddWatchDogProject<Projects.WatchDog_Worker>("worker", infrastructure)
    .WaitForCompletion(migrations);

builder.Build().Run();
