using Npgsql;

namespace Intensif.Hosting.ApplicationModel;

/// <summary>A database on a <see cref="PostgresServerResource"/>, created when the server is ready.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
    : Resource(name), IResourceWithConnectionString, IResourceWithParent
{
    public string DatabaseName { get; } = databaseName;
    public PostgresServerResource Server { get; } = parent;
    public IResource Parent => Server;
    public override string ResourceType => "PostgreSQL database";

    public string GetConnectionString() =>
        new NpgsqlConnectionStringBuilder(Server.GetConnectionString()) { Database = DatabaseName }.ConnectionString;
}
