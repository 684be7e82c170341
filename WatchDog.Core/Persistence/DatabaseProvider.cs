namespace WatchDog.Core.Persistence;

public enum DatabaseProvider
{
    Postgres,
    Sqlite,
}
