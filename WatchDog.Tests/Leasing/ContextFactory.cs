using Microsoft.EntityFrameworkCore;
using WatchDog.Core.Persistence;

namespace WatchDog.Tests.Leasing;

/// <summary>Hands out contexts of a test database the way the pooled production factory would.</summary>
internal sealed class ContextFactory(Func<WatchDogDbContext> create) : IDbContextFactory<WatchDogDbContext>
{
    public WatchDogDbContext CreateDbContext() => create();
}
