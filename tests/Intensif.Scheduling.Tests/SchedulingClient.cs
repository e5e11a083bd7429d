using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Scheduling.Tests;

internal static class SchedulingClient
{
    public static async Task<Guid> ScheduleAsync(this HttpClient referent, Guid beneficiary, DateTimeOffset at, string type = "SUIVI")
    {
        var response = await referent.PostAsJsonAsync("/api/scheduling/interviews", new
        {
            beneficiaryId = beneficiary, scheduledAt = at, durationMinutes = 45, type, channel = "PHYSIQUE",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> RecordOutcomeAsync(this HttpClient referent, Guid interview, string outcome) =>
        await referent.PostAsJsonAsync($"/api/scheduling/interviews/{interview}/outcome", new { outcome });

    /// <summary>The outbox rows of one aggregate (the person), oldest first, as event type names.</summary>
    public static Task<List<string>> OutboxTypesAsync(this ServiceApp<SchedulingDbContext> app, Guid aggregateId) =>
        OutboxTypesAsync(app.ConnectionString, aggregateId);

    /// <summary>The outbox rows of one aggregate (the person) in the database at <paramref name="connectionString"/>, oldest first, as event type names.</summary>
    public static async Task<List<string>> OutboxTypesAsync(string connectionString, Guid aggregateId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select message_type from outbox_messages where aggregate_id = @id order by sequence", connection);
        command.Parameters.AddWithValue("id", aggregateId.ToString());
        var types = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) types.Add(reader.GetString(0).Split(',')[0].Split('.')[^1]);
        return types;
    }

    /// <summary>The person's audit entries in the database at <paramref name="connectionString"/>, in write order, as "action by role".</summary>
    public static async Task<List<string>> AuditActionsAsync(string connectionString, Guid person)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select \"Action\" || ' by ' || \"ActorRole\" from audit_entries where \"Stream\" = @id::text order by \"Sequence\"", connection);
        command.Parameters.AddWithValue("id", person);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    /// <summary>One number read from the database at <paramref name="connectionString"/> (a count).</summary>
    public static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
