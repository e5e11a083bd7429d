using Xunit;

namespace Intensif.Testing;

/// <summary>xunit class fixture: one throw-away database per test class on the shared private cluster.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() => ConnectionString = await TestServers.CreateDatabaseAsync();

    public Task DisposeAsync() => TestServers.DropDatabaseAsync(ConnectionString);
}
