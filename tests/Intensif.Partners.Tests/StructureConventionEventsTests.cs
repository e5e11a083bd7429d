using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.IntegrationEvents;
using Intensif.Partners.Api.Infrastructure;
using Intensif.Partners.Api.Infrastructure.Migrations;
using Intensif.Testing;

namespace Intensif.Partners.Tests;

/// <summary>The structure's conventions are published (PartnerConventionsSet) for costing per convention in Indicators.</summary>
public sealed class StructureConventionEventsTests : IAsyncLifetime
{
    private ServiceApp<PartnersDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<PartnersDbContext>.StartAsync("partnersdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<List<JsonElement>> ConventionEventsAsync(Guid structureId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "select payload::text from outbox_messages where aggregate_id = @id and message_type like '%PartnerConventionsSet%' order by sequence", connection);
        command.Parameters.AddWithValue("id", structureId.ToString());
        var events = new List<JsonElement>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) events.Add(JsonDocument.Parse(reader.GetString(0)).RootElement.Clone());
        return events;
    }

    [Fact]
    public async Task Registering_a_structure_and_replacing_its_profile_each_publish_its_whole_convention_list()
    {
        var id = await _app.RegisterStructureAsync();   // one convention: CD34, 2026, 40 places

        var response = await _app.ClientFor(TestTokens.Operator()).PutAsJsonAsync($"/api/partners/structures/{id}", new
        {
            name = "PLIE 34", type = "PLIE", territories = new[] { "34" }, themes = new[] { "MOBILITE" }, dataSharingAgreementSigned = true,
            conventions = new[]
            {
                new { funder = "FSE+", from = "2026-07-01", to = "2027-06-30", places = 12 },
                new { funder = "CD34", from = "2026-01-01", to = "2026-06-30", places = 40 },
            },
        });
        var events = await ConventionEventsAsync(id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, events.Count);
        Assert.Equal(id, events[0].GetProperty("structureId").GetGuid());
        Assert.Equal([("CD34", "2026-01-01", "2026-12-31", 40)], Terms(events[0]));
        Assert.Equal([("CD34", "2026-01-01", "2026-06-30", 40), ("FSE+", "2026-07-01", "2027-06-30", 12)], Terms(events[1]));   // ordered by start
        Assert.True(events[1].GetProperty("occurredAt").GetDateTimeOffset() >= events[0].GetProperty("occurredAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_backfill_publishes_the_conventions_of_a_structure_registered_before_the_event_once()
    {
        var id = await _app.RegisterStructureAsync();
        await using var connection = new Npgsql.NpgsqlConnection(_app.ConnectionString);
        await connection.OpenAsync();
        async Task ExecuteAsync(string sql)
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("id", id.ToString());
            await command.ExecuteNonQueryAsync();
        }
        // as if registered before the event existed: no PartnerConventionsSet in its outbox
        await ExecuteAsync("delete from outbox_messages where aggregate_id = @id and message_type like '%PartnerConventionsSet%'");

        await ExecuteAsync(PublishExistingConventions.Backfill);
        await ExecuteAsync(PublishExistingConventions.Backfill);   // run again: nothing more

        var events = await ConventionEventsAsync(id);
        Assert.Single(events);
        var published = events[0].Deserialize<PartnerConventionsSet>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        Assert.Equal((id, 1), (published.StructureId, published.Conventions.Count));
        Assert.Equal(new PartnerConventionTerm("CD34", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 40), published.Conventions[0]);
        await using var type = new Npgsql.NpgsqlCommand("select message_type, message_id from outbox_messages where aggregate_id = @id and message_type like '%PartnerConventionsSet%'", connection);
        type.Parameters.AddWithValue("id", id.ToString());
        await using var reader = await type.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal($"{typeof(PartnerConventionsSet).FullName}, {typeof(PartnerConventionsSet).Assembly.GetName().Name}", reader.GetString(0));
        Assert.Equal(published.EventId, reader.GetGuid(1));
        await reader.CloseAsync();
        // the relay reads it back as the event and publishes it
        Assert.True(await Eventually.MatchAsync(async () =>
        {
            await using var dispatched = new Npgsql.NpgsqlCommand(
                "select count(*) from outbox_messages where aggregate_id = @id and message_type like '%PartnerConventionsSet%' and dispatched_at is not null", connection);
            dispatched.Parameters.AddWithValue("id", id.ToString());
            return (long)(await dispatched.ExecuteScalarAsync())! == 1;
        }, sent => sent));
    }

    private static IEnumerable<(string?, string?, string?, int)> Terms(JsonElement e) =>
        e.GetProperty("conventions").EnumerateArray().Select(c => (c.GetProperty("funder").GetString(), c.GetProperty("from").GetString(),
            c.GetProperty("to").GetString(), c.GetProperty("places").GetInt32()));
}
