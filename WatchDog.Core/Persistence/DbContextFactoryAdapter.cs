using Microsoft.EntityFrameworkCore;

namespace WatchDog.Core.Persistence;

/// <summary>Hands out the provider's own context as the shared <see cref="WatchDogDbContext"/>.</summary>
internal sealed class DbContextFactoryAdapter<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<WatchDogDbContext>
    where TContext : WatchDogDbContext
{
    public WatchDogDbContext CreateDbContext() => inner.CreateDbContext();
}
