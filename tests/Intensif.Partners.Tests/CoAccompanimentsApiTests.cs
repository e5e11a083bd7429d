using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.IntegrationEvents;
using Intensif.Partners.Api.Infrastructure;
using Intensif.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Partners.Tests;

/// <summary>Episodes arrive from Contracts through the real RabbitMQ; co-accompaniments attach partners to them.</summary>
public sealed class CoAccompanimentsApiTests : IAsyncLifetime
{
    private const string Organisme = "cd-34";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private ServiceApp<PartnersDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<PartnersDbContext>.StartAsync("partnersdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Referent(string organisme = Organisme) => _app.ClientFor(TestTokens.Referent(organisme, territory: "34"));

    private async Task PublishAsync(object message)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBus>().Publish(message);
    }

    /// <summary>Contracts starts an episode of 6 months from today; returns once Partners has it.</summary>
    private async Task<(Guid Episode, Guid Beneficiary)> EpisodeStartedAsync(string organisme = Organisme)
    {
        var (episode, beneficiary) = (Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(new IntensiveEpisodeStarted(Guid.NewGuid(), DateTimeOffset.UtcNow, episode, Guid.NewGuid(), organisme, "34", beneficiary,
            "referent-1", Today, Today.AddMonths(6), 15m));
        await Eventually.MatchAsync(() => EpisodeKnownAsync(episode), known => known);
        return (episode, beneficiary);
    }

    private async Task<bool> EpisodeKnownAsync(Guid episode)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().Episodes.AnyAsync(e => e.EpisodeId == episode);
    }

    private static object Attach(Guid episode, Guid structure, string role = "REMOBILISATION", int months = 4, bool consent = true) => new
    {
        episodeId = episode, structureId = structure, role, startsOn = Today, endsOn = Today.AddMonths(months),
        objective = "Remobilisation et lever le frein mobilité", personName = "Samir B.", personContact = "06 00 00 00 00", consentGiven = consent,
    };

    private async Task<Guid> StartAsync(Guid episode, Guid structure)
    {
        var response = await Referent().PostAsJsonAsync("/api/partners/co-accompaniments", Attach(episode, structure));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.JsonAsync()).TryGetProperty("code", out var code) ? code.GetString() : null;

    [Fact]
    public async Task The_referents_organisme_attaches_an_O2R_to_an_episode_and_ends_it()
    {
        var o2r = await _app.RegisterStructureAsync(PartnersClient.Structure(type: "O2R"));
        var (episode, beneficiary) = await EpisodeStartedAsync();

        var started = await Referent().PostAsJsonAsync("/api/partners/co-accompaniments", Attach(episode, o2r));
        var id = (await started.JsonAsync()).GetProperty("id").GetGuid();
        var seenByPartner = await _app.ClientFor(PartnerTokens.For(o2r)).GetFromJsonAsync<JsonElement>($"/api/partners/co-accompaniments/{id}");
        var ended = await Referent().PostAsJsonAsync($"/api/partners/co-accompaniments/{id}/end", new { reason = "HANDED_OVER_TO_DROIT_COMMUN" });
        var twice = await Referent().PostAsJsonAsync($"/api/partners/co-accompaniments/{id}/end", new { reason = "OTHER" });

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal((beneficiary, "REMOBILISATION", "ACTIVE", "Samir B."), (seenByPartner.GetProperty("beneficiaryId").GetGuid(),
            seenByPartner.GetProperty("role").GetString(), seenByPartner.GetProperty("status").GetString(), seenByPartner.GetProperty("personName").GetString()));
        var end = await ended.JsonAsync();
        Assert.Equal(("ENDED", "HANDED_OVER_TO_DROIT_COMMUN"), (end.GetProperty("status").GetString(), end.GetProperty("endReason").GetString()));
        Assert.Equal("co-accompaniment-ended", await CodeAsync(twice));
        Assert.Equal(["CoAccompanimentStarted", "CoAccompanimentEnded"], await _app.OutboxTypesAsync(id));
        var actions = (await _app.ClientFor(PartnerTokens.For(o2r)).ItemsAsync($"/api/partners/structures/{o2r}/audit?limit=100")).Select(a => a.GetProperty("action").GetString());
        Assert.Contains("co-accompaniment.started", actions);
        Assert.Contains("co-accompaniment.ended", actions);
    }

    [Fact]
    public async Task A_partner_sees_only_its_own_co_accompaniments_and_an_organisme_only_those_of_its_episodes()
    {
        var (mine, other) = (await _app.RegisterStructureAsync(), await _app.RegisterStructureAsync());
        var (episode, _) = await EpisodeStartedAsync();
        var ours = await StartAsync(episode, mine);
        var theirs = await StartAsync(episode, other);
        var partner = _app.ClientFor(PartnerTokens.For(mine));

        Assert.Equal([ours], (await partner.ItemsAsync("/api/partners/co-accompaniments")).Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/partners/co-accompaniments/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostAsJsonAsync($"/api/partners/co-accompaniments/{ours}/end", new { reason = "OTHER" })).StatusCode);
        Assert.Equal([theirs, ours], (await Referent().ItemsAsync($"/api/partners/co-accompaniments?episodeId={episode}")).Select(c => c.GetProperty("id").GetGuid()));
        Assert.Empty(await Referent("ft-34").ItemsAsync("/api/partners/co-accompaniments"));
        Assert.Equal(HttpStatusCode.NotFound, (await Referent("ft-34").GetAsync($"/api/partners/co-accompaniments/{ours}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Referent("ft-34").PostAsJsonAsync($"/api/partners/co-accompaniments/{ours}/end", new { reason = "OTHER" })).StatusCode);
    }

    [Fact]
    public async Task Another_organismes_episode_or_an_unknown_one_answers_404_and_nothing_is_stored()
    {
        var structure = await _app.RegisterStructureAsync();
        var (foreign, _) = await EpisodeStartedAsync("ft-34");

        var toForeign = await Referent().PostAsJsonAsync("/api/partners/co-accompaniments", Attach(foreign, structure));
        var toUnknown = await Referent().PostAsJsonAsync("/api/partners/co-accompaniments", Attach(Guid.NewGuid(), structure));
        var byPartner = await _app.ClientFor(PartnerTokens.For(structure)).PostAsJsonAsync("/api/partners/co-accompaniments", Attach(foreign, structure));

        Assert.Equal(HttpStatusCode.NotFound, toForeign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, toUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byPartner.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().CoAccompaniments.CountAsync());
    }

    [Theory]
    [InlineData("no-consent", "consent-required")]
    [InlineData("no-agreement", "data-sharing-agreement-missing")]
    [InlineData("outside-episode", "period-outside-episode")]
    [InlineData("o2r-too-long", "o2r-period-too-long")]
    [InlineData("twice", "already-co-accompanying")]
    public async Task The_rules_of_co_accompaniment_answer_409_with_their_code(string flaw, string code)
    {
        var structure = await _app.RegisterStructureAsync(PartnersClient.Structure(type: "O2R", dataSharing: flaw != "no-agreement"));
        var (episode, _) = await EpisodeStartedAsync();
        if (flaw == "o2r-too-long")   // the episode runs 18 months, the O2R parcours may not
            await PublishAsync(new IntensiveEpisodeExtended(Guid.NewGuid(), DateTimeOffset.UtcNow, episode, Guid.NewGuid(), Organisme, "34", Guid.NewGuid(),
                Today.AddMonths(6), Today.AddMonths(18), 1));
        if (flaw == "o2r-too-long") await Eventually.MatchAsync(() => ExtensionCountAsync(episode), count => count == 1);
        if (flaw == "twice") await StartAsync(episode, structure);
        var body = flaw switch
        {
            "no-consent" => Attach(episode, structure, consent: false),
            "outside-episode" => Attach(episode, structure, months: 7),
            "o2r-too-long" => Attach(episode, structure, months: 13),
            _ => Attach(episode, structure),
        };

        var response = await Referent().PostAsJsonAsync("/api/partners/co-accompaniments", body);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(code, await CodeAsync(response));
        Assert.Equal(flaw == "twice" ? 1 : 0, (await Referent().ItemsAsync("/api/partners/co-accompaniments")).Length);
    }

    private async Task<int> ExtensionCountAsync(Guid episode)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartnersDbContext>().Episodes.Where(e => e.EpisodeId == episode)
            .Select(e => e.ExtensionCount).SingleAsync();
    }

    [Fact]
    public async Task A_malformed_request_or_an_unknown_end_reason_is_400()
    {
        var structure = await _app.RegisterStructureAsync();
        var (episode, _) = await EpisodeStartedAsync();
        var id = await StartAsync(episode, structure);

        var unknownRole = await Referent().PostAsJsonAsync("/api/partners/co-accompaniments", Attach(episode, structure, role: "CUISINE"));
        var backwards = await Referent().PostAsJsonAsync("/api/partners/co-accompaniments", Attach(episode, structure, months: -1));
        var unknownReason = await Referent().PostAsJsonAsync($"/api/partners/co-accompaniments/{id}/end", new { reason = "BORED" });

        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownReason.StatusCode);
        Assert.Equal("ACTIVE", (await Referent().GetFromJsonAsync<JsonElement>($"/api/partners/co-accompaniments/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task When_the_episode_ends_its_co_accompaniments_end_with_it_once_however_often_the_event_arrives()
    {
        var structure = await _app.RegisterStructureAsync();
        var (episode, beneficiary) = await EpisodeStartedAsync();
        var id = await StartAsync(episode, structure);
        var ended = new IntensiveEpisodeEnded(Guid.NewGuid(), DateTimeOffset.UtcNow, episode, Guid.NewGuid(), Organisme, "34", beneficiary,
            Today, Today, "EMPLOI_DURABLE", []);

        await PublishAsync(ended);
        await PublishAsync(ended);
        var seen = await Eventually.MatchAsync(() => _app.ClientFor(PartnerTokens.For(structure)).GetFromJsonAsync<JsonElement>($"/api/partners/co-accompaniments/{id}"),
            c => c.GetProperty("status").GetString() == "ENDED");

        Assert.Equal("EPISODE_ENDED", seen.GetProperty("endReason").GetString());
        // the second delivery (another message id, so past the inbox) is applied too, and must change nothing
        Assert.Equal(2, await Eventually.MatchAsync(EndedDeliveriesAsync, n => n == 2));
        Assert.Equal(["CoAccompanimentStarted", "CoAccompanimentEnded"], await _app.OutboxTypesAsync(id));
        var again = await Referent().PostAsJsonAsync("/api/partners/co-accompaniments", Attach(episode, structure));
        Assert.Equal("episode-ended", await CodeAsync(again));
    }

    private async Task<long> EndedDeliveriesAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(_app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select count(*) from inbox_messages where consumer like '%IntensiveEpisodeEndedConsumer'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
