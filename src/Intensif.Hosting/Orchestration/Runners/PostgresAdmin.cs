using Npgsql;

namespace Intensif.Hosting.Orchestration.Runners;

/// <summary>Health and database creation on an external PostgreSQL server, given its connection string
/// (health checks the database the string names, or 'postgres').</summary>
internal static class PostgresAdmin
{
    public static async Task<bool> IsHealthyAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            var database = new NpgsqlConnectionStringBuilder(connectionString).Database ?? "postgres";
            await using var connection = new NpgsqlConnection(Admin(connectionString, database));
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    public static async Task EnsureDatabaseAsync(string connectionString, string name, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(Admin(connectionString, "postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null) return;
        await using var create = new NpgsqlCommand($"create database \"{name.Replace("\"", "\"\"")}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Admin(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = false, Timeout = 3 }.ConnectionString;
}
