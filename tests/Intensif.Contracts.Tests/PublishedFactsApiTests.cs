using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Contracts.Tests;

/// <summary>
/// What Indicators and Scheduling learn from Contracts' events about orientation, signature and intensive start
/// (parcours, publics, age band, SR-07 deadline), read from the outbox on real PostgreSQL.
/// </summary>
public sealed class PublishedFactsApiTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _app = null!;
    private readonly string _organisme = TestTokens.NewOrganisme();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task InitializeAsync() => _app = await ServiceApp<ContractsDbContext>.StartAsync("contractsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<List<T>> PublishedAsync<T>()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContractsDbContext>();
        var payloads = await db.Database.SqlQueryRaw<string>(
            "select payload::text as \"Value\" from outbox_messages where message_type like {0} order by sequence", $"{typeof(T).FullName},%").ToListAsync();
        return payloads.Select(p => JsonSerializer.Deserialize<T>(p, JsonSerializerOptions.Web)!).ToList();
    }

    private static object Orientation(DateOnly notified, string parcours, string? reason = null) => new
    {
        decidedBy = "PCD", decisionDate = notified.AddDays(-2), notificationDate = notified, parcours, reason, rsaRequestDate = notified.AddDays(-20),
    };

    [Fact]
    public async Task An_orientation_and_a_reorientation_are_published_with_their_codes_and_the_pseudonymous_id()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries", new
        {
            firstName = "Nadia", lastName = "Roux", birthDate = "1979-05-20", territory = "34", publics = new[] { "RSA" },
            rsaHousehold = new { size = 1, singleParentMajoration = false, childrenUnder12 = 0 },
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var first = await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/orientations", Orientation(Today.AddDays(-30), "SOCIO_PRO")), HttpStatusCode.Created);
        var second = await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/orientations",
            Orientation(Today.AddDays(-5), "SOCIAL", "Freins de santé au diagnostic")), HttpStatusCode.Created);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/orientations", Orientation(Today.AddDays(1), "EMPLOI", "Trop tôt")), HttpStatusCode.Conflict);

        var published = await PublishedAsync<OrientationDecided>();
        var pseudonymous = published.Select(e => e.PseudonymousBeneficiaryId).Distinct().Single();
        Assert.Equal([first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid()], published.Select(e => e.OrientationId));
        Assert.Equal([("SOCIO_PRO", false), ("SOCIAL", true)], published.Select(e => (e.Parcours, e.IsReorientation)));
        Assert.All(published, e => Assert.Equal(("PCD", _organisme, "34"), (e.DecidedBy, e.OrganismeId, e.Territory)));
        Assert.Equal((Today.AddDays(-32), Today.AddDays(-30), (DateOnly?)Today.AddDays(-50)),
            (published[0].DecisionDate, published[0].NotificationDate, published[0].RsaRequestDate));
        Assert.NotEqual(person, pseudonymous);
    }

    [Fact]
    public async Task Signature_and_intensive_start_carry_the_parcours_in_force_the_publics_the_age_band_and_the_local_SR07_deadline()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        await Json(await manager.PutAsJsonAsync("/api/contracts/local-policy", new
        {
            capacityIntensive = 40, intensiveDurationMinMonths = 2, intensiveDurationMaxMonths = 6, targetWeeklyHoursDefault = 15, earlyWorkSituationDeadlineWeeks = 6,
        }), HttpStatusCode.OK);
        var bornOn = Today.AddYears(-45).AddDays(1);   // 44 today: 45 tomorrow
        var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries", new
        {
            firstName = "Karim", lastName = "Haddad", birthDate = bornOn, territory = "34", publics = new[] { "ASS", "RQTH" }, sex = "M", qpv = true,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/orientations", new
        {
            decidedBy = "FRANCE_TRAVAIL", decisionDate = Today.AddDays(-12), notificationDate = Today.AddDays(-10), parcours = "SOCIO_PRO",
        }), HttpStatusCode.Created);

        var contract = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId = person, signedOn = Today.AddDays(-3) }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/intensive-episodes", new { plannedEndDate = Today.AddMonths(3) }), HttpStatusCode.Created);

        var signed = Assert.Single(await PublishedAsync<ContractSigned>());
        var started = Assert.Single(await PublishedAsync<IntensiveEpisodeStarted>());
        Assert.Equal(("SOCIO_PRO", (DateOnly?)Today.AddDays(-10), Today.AddDays(-3)), (signed.Parcours, signed.OrientationNotifiedOn, signed.SignedOn));
        Assert.Equal(["ASS", "RQTH"], signed.Publics);
        Assert.Equal(("SOCIO_PRO", "26-44", (int?)6), (started.Parcours, started.AgeBand, started.EarlyWorkSituationDeadlineWeeks));
        Assert.Equal(["ASS", "RQTH"], started.Publics);
        Assert.Equal(("M", (bool?)true, "M", (bool?)true), (signed.Sex, signed.Qpv, started.Sex, started.Qpv));
        Assert.Equal(signed.PseudonymousBeneficiaryId, started.PseudonymousBeneficiaryId);
    }

    [Fact]
    public async Task A_situation_written_without_sex_or_QPV_keeps_them_one_giving_them_sets_them_and_an_unknown_sex_is_a_field_error()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Inès", lastName = "Blanc", birthDate = "1988-03-02", territory = "34", sex = "F" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var kept = await Json(await referent.PutAsJsonAsync($"/api/contracts/beneficiaries/{person}/situation", new { publics = new[] { "ARE" } }), HttpStatusCode.OK);
        var set = await Json(await referent.PutAsJsonAsync($"/api/contracts/beneficiaries/{person}/situation", new { publics = new[] { "ARE" }, qpv = false }), HttpStatusCode.OK);
        var refused = await referent.PutAsJsonAsync($"/api/contracts/beneficiaries/{person}/situation", new { publics = new[] { "ARE" }, sex = "X" });

        Assert.Equal(("F", JsonValueKind.Null), (kept.GetProperty("sex").GetString(), kept.GetProperty("qpv").ValueKind));
        Assert.Equal(("F", false), (set.GetProperty("sex").GetString(), set.GetProperty("qpv").GetBoolean()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var read = await Json(await referent.GetAsync($"/api/contracts/beneficiaries/{person}"), HttpStatusCode.OK);
        Assert.Equal(("F", false), (read.GetProperty("sex").GetString(), read.GetProperty("qpv").GetBoolean()));
    }

    [Fact]
    public async Task A_signature_without_any_orientation_publishes_no_parcours_and_the_national_SR07_deadline_applies_to_the_start()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
            new { firstName = "Léa", lastName = "Martin", birthDate = Today.AddYears(-22), territory = "30" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var draft = (await Json(await referent.PostAsJsonAsync("/api/contracts/drafts", new { beneficiaryId = person }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{draft}/signature", new { beneficiaryAcknowledgedOn = Today }), HttpStatusCode.OK);
        await Json(await referent.PostAsJsonAsync($"/api/contracts/{draft}/intensive-episodes", new { plannedEndDate = Today.AddMonths(3) }), HttpStatusCode.Created);

        var signed = Assert.Single(await PublishedAsync<ContractSigned>());
        var started = Assert.Single(await PublishedAsync<IntensiveEpisodeStarted>());
        Assert.Equal((null, null), (signed.Parcours, signed.OrientationNotifiedOn));
        Assert.Empty(signed.Publics);
        Assert.Equal((null, "<26", (int?)8, "30"), (started.Parcours, started.AgeBand, started.EarlyWorkSituationDeadlineWeeks, started.Territory));
        Assert.Equal((null, null, null, null), (signed.Sex, signed.Qpv, started.Sex, started.Qpv));
    }

    [Fact]
    public async Task The_new_events_reach_a_subscriber_on_RabbitMQ_once_committed()
    {
        // the broker is shared with the other test classes: keep what this test's organisme published
        var received = new ConcurrentQueue<IIntegrationEvent>();
        var handle = _app.Services.GetRequiredService<IBus>().ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), null, e =>
        {
            e.Handler<OrientationDecided>(c => { if (c.Message.OrganismeId == _organisme) received.Enqueue(c.Message); return Task.CompletedTask; });
            e.Handler<EmploymentOutcomeRecorded>(c => { if (c.Message.OrganismeId == _organisme) received.Enqueue(c.Message); return Task.CompletedTask; });
        });
        await handle.Ready;
        try
        {
            var referent = _app.ClientFor(TestTokens.Referent(_organisme));
            var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries",
                new { firstName = "Hugo", lastName = "Blanc", birthDate = "1969-01-15", territory = "34" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            await Json(await referent.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/orientations", new
            {
                decidedBy = "CAP_EMPLOI", decisionDate = Today.AddDays(-9), notificationDate = Today.AddDays(-8), parcours = "EMPLOI",
            }), HttpStatusCode.Created);
            var contract = (await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId = person, signedOn = Today.AddDays(-7) }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
            await Json(await referent.PostAsJsonAsync($"/api/contracts/{contract}/employment-outcomes",
                new { contractKind = "CREATION_ACTIVITE", startDate = Today, source = "REFERENT" }), HttpStatusCode.Created);

            await Eventually.MatchAsync(() => Task.FromResult(received.Count), n => n >= 2, TimeSpan.FromSeconds(90));
            var orientation = Assert.Single(received.OfType<OrientationDecided>());
            var outcome = Assert.Single(received.OfType<EmploymentOutcomeRecorded>());
            Assert.Equal(("CAP_EMPLOI", "EMPLOI"), (orientation.DecidedBy, orientation.Parcours));
            Assert.Equal((contract, "CREATION_ACTIVITE", true, (Guid?)null), (outcome.ContractId, outcome.ContractKind, outcome.Durable, outcome.EpisodeId));
            Assert.Equal(orientation.PseudonymousBeneficiaryId, outcome.PseudonymousBeneficiaryId);
        }
        finally
        {
            await handle.ReceiveEndpoint.Stop();
        }
    }
}
