using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Persistence;

namespace WatchDog.Tests.Infrastructure;

/// <summary>Hands product code contexts of a test database.</summary>
public sealed class DelegateDbContextFactory(Func<WatchDogDbContext> create) : IDbContextFactory<WatchDogDbContext>
{
    public WatchDogDbContext CreateDbContext() => create();
}
