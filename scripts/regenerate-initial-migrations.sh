#!/usr/bin/env bash
# Development helper, used only while no WatchDog database exists outside development: rebuilds the single
# Initial migration of each provider from the current model. Once a release is out, add migrations instead
# (`dotnet ef migrations add NAME --context PostgresWatchDogDbContext ...`, and the same for Sqlite).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../WatchDog.Core"
dotnet tool restore >/dev/null
rm -rf Persistence/Migrations
for provider in Postgres Sqlite; do
  dotnet ef migrations add Initial --context "${provider}WatchDogDbContext" \
    --output-dir "Persistence/Migrations/$provider" \
    --namespace "WatchDog.Core.Persistence.Migrations.$provider" \
    --startup-project ../WatchDog.MigrationService
  # dotnet ef writes the model snapshot to a folder named after its namespace; keep it beside its migration.
  mv "WatchDog/Core/Persistence/Migrations/$provider/${provider}WatchDogDbContextModelSnapshot.cs" \
    "Persistence/Migrations/$provider/"
done
rm -rf WatchDog
