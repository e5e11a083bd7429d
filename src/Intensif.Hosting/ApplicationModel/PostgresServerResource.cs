using Npgsql;

namespace Intensif.Hosting.ApplicationModel;

/// <summary>
/// A PostgreSQL server: launched privately from the machine's binaries, or an external server when
/// <c>ConnectionStrings:{name}</c> is configured. Its connection string is server-level (no Database).
/// </summary>
public sealed class PostgresServerResource(string name, int port) : Resource(name), IResourceWithConnectionString
{
    private string? _connectionString;

    public int Port { get; internal set; } = port;
    public IList<PostgresDatabaseResource> Databases { get; } = [];
    public override string ResourceType => "PostgreSQL";

    /// <summary>Set by the orchestrator once credentials are known (or from configuration for an external server).</summary>
    internal void SetConnectionString(string connectionString) =>
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Database = null }.ConnectionString;

    public string GetConnectionString() =>
        _connectionString ?? throw new InvalidOperationException($"The connection string of '{Name}' is not known before the server is prepared.");
}
