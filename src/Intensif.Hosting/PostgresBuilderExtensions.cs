using Microsoft.Extensions.Configuration;
using Intensif.Hosting.ApplicationModel;

namespace Intensif.Hosting;

public static class PostgresBuilderExtensions
{
    public const int DefaultPort = 55432;

    /// <summary>
    /// A PostgreSQL server. Launched privately unless <c>ConnectionStrings:{name}</c> points at an external one;
    /// port from configuration <c>Postgres:Port</c>, else <paramref name="port"/>, else 55432.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this IDistributedApplicationBuilder builder, string name, int? port = null)
    {
        var configured = builder.Configuration.GetValue<int?>("Postgres:Port");
        return builder.AddResource(new PostgresServerResource(name, configured ?? port ?? DefaultPort));
    }

    /// <summary>A database created (if missing) once the server is healthy, before anything waiting for it starts.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        builder.Resource.Databases.Add(database);
        return builder.ApplicationBuilder.AddResource(database);
    }
}
