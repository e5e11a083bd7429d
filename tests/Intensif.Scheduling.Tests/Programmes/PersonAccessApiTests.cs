using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.IntegrationEvents;
using Intensif.Scheduling.Api.Domain;
using Intensif.Testing;
using static Intensif.Scheduling.Tests.Programmes.Programme;

namespace Intensif.Scheduling.Tests.Programmes;

/// <summary>
/// The person's own access on real PostgreSQL and RabbitMQ, valued by the real catalogue: the référent issues a
/// personal access link, the person reads their weeks and declares autonomous activities anonymously through it, the
/// référent validates or rejects the declarations.
/// </summary>
public sealed class PersonAccessApiTests : IClassFixture<ProgrammeApps>
{
    private readonly ProgrammeApps _apps;

    public PersonAccessApiTests(ProgrammeApps apps) => _apps = apps;

    private HttpClient Anonymous => _apps.Scheduling.CreateClient();

    /// <summary>Monday 08:00 UTC of the week after next, and the clock moved to the Wednesday of that week.</summary>
    private DateTimeOffset MondayOfAFreshWeek()
    {
        var monday = IsoWeek.Of(_apps.Clock.Now.AddDays(14)).Start.AddHours(9);
        _apps.Clock.Advance(monday.AddDays(2) - _apps.Clock.Now);
        return monday;
    }

    private static async Task<(Guid Id, string Url)> IssueAsync(HttpClient client, Guid person)
    {
        var link = await Json(await client.PostAsync($"/api/scheduling/programmes/{person}/access-links", null), HttpStatusCode.Created);
        return (link.GetProperty("id").GetGuid(), link.GetProperty("url").GetString()!);
    }

    private Task<HttpResponseMessage> DeclareAsync(string url, object declaration) => Anonymous.PostAsJsonAsync($"{url}/declarations", declaration);

    private static object Declaration(string entryCode, DateTimeOffset start, double hours, string? proof = "Attestation Pix") =>
        new { entryCode, start, end = start.AddHours(hours), proofReference = proof };

    [Fact]
    public async Task The_person_reads_their_weeks_through_the_link_and_their_validated_declarations_count_within_the_entry_caps()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var monday = MondayOfAFreshWeek();
        var week = IsoWeek.Of(monday).ToString();
        var session = await world.SessionAsync(monday.AddDays(3));
        await world.BookedAsync(new { sessionId = session, booked = false });   // a seat is booked through a Partners referral
        var (_, url) = await IssueAsync(world.Referent, world.Person);

        var first = await Json(await DeclareAsync(url, Declaration("num-pix-01", monday, 2)), HttpStatusCode.Created);
        await Json(await DeclareAsync(url, Declaration("NUM-PIX-01", monday.AddDays(1), 2)), HttpStatusCode.Created);
        var pending = await world.Referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/programmes/{world.Person}/declarations?status=PENDING");
        var ids = pending.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ToList();
        var validated = new List<JsonElement>();
        foreach (var id in ids)
            validated.Add(await Json(await world.Referent.PostAsync($"/api/scheduling/declarations/{id}/validate", null), HttpStatusCode.OK));
        var me = await Json(await Anonymous.GetAsync(url), HttpStatusCode.OK);
        var thisWeek = await Json(await Anonymous.GetAsync($"{url}/weeks/{week}"), HttpStatusCode.OK);

        Assert.Matches("^/api/scheduling/me/[0-9a-f]{64}$", url);
        Assert.Equal(("PENDING", "NUM-PIX-01"), (first.GetProperty("status").GetString(), first.GetProperty("entryCode").GetString()));
        Assert.Equal(2, ids.Count);
        Assert.Equal([2m, 1m], validated.Select(v => v.GetProperty("assignment").GetProperty("realisedHours").GetDecimal()));
        Assert.All(validated, v => Assert.Equal(("BENEFICIARY", "DONE", "VALIDATED"), (v.GetProperty("assignment").GetProperty("declaredBy").GetString(),
            v.GetProperty("assignment").GetProperty("status").GetString(), v.GetProperty("declaration").GetProperty("status").GetString())));
        Assert.Equal([week, IsoWeek.Of(monday.AddDays(7)).ToString()], me.GetProperty("weeks").EnumerateArray().Select(w => w.GetProperty("week").GetString()));
        Assert.Equal((3m, 15m), (thisWeek.GetProperty("realisedHours").GetDecimal(), thisWeek.GetProperty("targetHours").GetDecimal()));
        var workshop = thisWeek.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "SESSION");
        Assert.Equal(("GEN-COL-01", "12 rue de la Gare", "PROPOSED"), (workshop.GetProperty("entryCode").GetString(), workshop.GetProperty("place").GetString(),
            workshop.GetProperty("status").GetString()));
        Assert.All(me.GetProperty("declarations").EnumerateArray(), d => Assert.Equal("VALIDATED", d.GetProperty("status").GetString()));
        Assert.Equal(["AssignmentBooked", "AttendanceRecorded", "AssignmentBooked", "AttendanceRecorded"], await OutboxTypesAsync(world.Person));
        Assert.Equal("declaration-already-decided",
            await CodeOf(await world.Referent.PostAsync($"/api/scheduling/declarations/{ids[0]}/validate", null), HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task A_declaration_without_proof_in_the_future_or_in_a_closed_week_is_refused_and_nothing_is_kept()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var monday = MondayOfAFreshWeek();
        var (_, url) = await IssueAsync(world.Referent, world.Person);
        var lastWeek = IsoWeek.Of(monday.AddDays(-7)).ToString();
        await Json(await world.CloseAsync(lastWeek, new { gapReason = "OTHER" }), HttpStatusCode.OK);

        var withoutProof = await DeclareAsync(url, Declaration("TRE-CAND-01", monday, 1, proof: null));
        var endsFirst = await DeclareAsync(url, new { entryCode = "TRE-CAND-01", start = monday, end = monday.AddHours(-1), proofReference = "Courriel" });
        var future = await DeclareAsync(url, Declaration("TRE-CAND-01", _apps.Clock.Now.AddHours(1), 1));
        var closed = await DeclareAsync(url, Declaration("TRE-CAND-01", monday.AddDays(-3), 1));

        var withoutProofBody = await Json(withoutProof, HttpStatusCode.BadRequest);
        Assert.Contains(withoutProofBody.GetProperty("errors").EnumerateObject(), e => e.Name.Equals("proofReference", StringComparison.OrdinalIgnoreCase));
        var endsFirstBody = await Json(endsFirst, HttpStatusCode.BadRequest);
        Assert.Contains(endsFirstBody.GetProperty("errors").EnumerateObject(), e => e.Name.Equals("end", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("declaration-in-the-future", await CodeOf(future, HttpStatusCode.Conflict));
        Assert.Equal("week-closed", await CodeOf(closed, HttpStatusCode.Conflict));
        var kept = await world.Referent.GetFromJsonAsync<JsonElement>($"/api/scheduling/programmes/{world.Person}/declarations");
        Assert.Empty(kept.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_person_whose_episode_ended_declares_nothing()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var (_, url) = await IssueAsync(world.Referent, world.Person);
        var today = DateOnly.FromDateTime(_apps.Clock.Now.UtcDateTime);
        await _apps.PublishAsync(new IntensiveEpisodeEnded(Guid.NewGuid(), _apps.Clock.Now, world.EpisodeId, world.ContractId, world.Organisme, "75",
            world.Person, today.AddDays(-60), today.AddDays(-2), "RETOUR_DROIT_COMMUN", []));
        await Eventually.MatchAsync(() => world.Referent.GetFromJsonAsync<JsonElement>("/api/scheduling/portfolio"),
            p => p.EnumerateArray().All(e => e.GetProperty("beneficiaryId").GetGuid() != world.Person));

        var refused = await DeclareAsync(url, Declaration("TRE-CAND-01", _apps.Clock.Now.AddHours(-2), 1));

        Assert.Equal("not-in-intensive-episode", await CodeOf(refused, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task An_unknown_revoked_or_expired_link_answers_404_and_only_the_creator_or_a_manager_revokes()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var (id, url) = await IssueAsync(world.Referent, world.Person);
        var (_, later) = await IssueAsync(world.Manager, world.Person);
        var colleague = _apps.ClientFor(TestTokens.Referent(world.Organisme, "referent-2"));
        var valid = await Anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.True(valid.Headers.CacheControl?.NoStore);

        var unknown = await Anonymous.GetAsync($"/api/scheduling/me/{new string('a', 64)}");
        var unknownPost = await DeclareAsync($"/api/scheduling/me/{new string('a', 64)}", Declaration("TRE-CAND-01", _apps.Clock.Now.AddHours(-2), 1));
        var byColleague = await colleague.DeleteAsync($"/api/scheduling/access-links/{id}");
        var byManager = await world.Manager.DeleteAsync($"/api/scheduling/access-links/{id}");
        var revoked = await Anonymous.GetAsync(url);
        var revokedWeek = await Anonymous.GetAsync($"{url}/weeks/{IsoWeek.Of(_apps.Clock.Now)}");
        _apps.Clock.Advance(TimeSpan.FromDays(91));
        var expired = await Anonymous.GetAsync(later);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byColleague.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byManager.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revokedWeek.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        // one answer whatever the reason: nothing tells a revoked link from an expired or unknown one
        var title = await TitleAsync(unknown);
        Assert.Equal(title, await TitleAsync(revoked));
        Assert.Equal(title, await TitleAsync(expired));
    }

    [Fact]
    public async Task Only_the_persons_referent_or_a_manager_of_their_organisme_issues_a_link()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var colleague = _apps.ClientFor(TestTokens.Referent(world.Organisme, "referent-2"));
        var elsewhere = _apps.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.PostAsync($"/api/scheduling/programmes/{world.Person}/access-links", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsync($"/api/scheduling/programmes/{world.Person}/access-links", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Partner.PostAsync($"/api/scheduling/programmes/{world.Person}/access-links", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await world.Manager.PostAsync($"/api/scheduling/programmes/{world.Person}/access-links", null)).StatusCode);
    }

    [Fact]
    public async Task The_referent_rejects_a_declaration_with_a_reason_the_person_reads_and_another_referent_cannot_decide_it()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var (_, url) = await IssueAsync(world.Referent, world.Person);
        var id = (await Json(await DeclareAsync(url, Declaration("TRE-CAND-01", _apps.Clock.Now.AddHours(-3), 1, "Courriel")), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var colleague = _apps.ClientFor(TestTokens.Referent(world.Organisme, "referent-2"));

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.PostAsync($"/api/scheduling/declarations/{id}/validate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.Referent.PostAsJsonAsync($"/api/scheduling/declarations/{id}/reject", new { })).StatusCode);
        var rejected = await Json(await world.Referent.PostAsJsonAsync($"/api/scheduling/declarations/{id}/reject",
            new { reason = "Joignez le courriel envoyé." }), HttpStatusCode.OK);
        var seen = (await Json(await Anonymous.GetAsync(url), HttpStatusCode.OK)).GetProperty("declarations").EnumerateArray().Single();

        Assert.Equal("REJECTED", rejected.GetProperty("status").GetString());
        Assert.Equal(("REJECTED", "Joignez le courriel envoyé."), (seen.GetProperty("status").GetString(), seen.GetProperty("rejectionReason").GetString()));
        Assert.Empty(await OutboxTypesAsync(world.Person));
    }

    [Fact]
    public async Task Issuing_revoking_declaring_and_deciding_are_audited_with_their_actor_and_never_with_the_secret()
    {
        var world = await new Programme(_apps).InEpisodeAsync();
        var (linkId, url) = await IssueAsync(world.Referent, world.Person);
        _apps.Clock.Advance(TimeSpan.FromMinutes(1));   // entries are ordered by time: two writes at one instant have no order
        var id = (await Json(await DeclareAsync(url, Declaration("TRE-CAND-01", _apps.Clock.Now.AddHours(-3), 1, "Courriel")), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        _apps.Clock.Advance(TimeSpan.FromMinutes(1));
        await Json(await world.Referent.PostAsJsonAsync($"/api/scheduling/declarations/{id}/reject", new { reason = "Illisible" }), HttpStatusCode.OK);
        _apps.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NoContent, (await world.Referent.DeleteAsync($"/api/scheduling/access-links/{linkId}")).StatusCode);
        var token = url.Split('/')[^1];

        var rows = await AuditAsync(world.Person);

        Assert.Equal(["access-link.created by referent", "declaration.submitted by beneficiary", "declaration.rejected by referent",
            "access-link.revoked by referent"], rows.Select(r => r.Line));
        Assert.Equal($"access-link:{linkId}", rows[1].Actor);
        Assert.All(rows, r => Assert.DoesNotContain(token, r.After));
    }

    private static async Task<string?> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString();

    private async Task<List<(string Line, string Actor, string After)>> AuditAsync(Guid person)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_apps.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("select \"Action\" || ' by ' || \"ActorRole\", \"Actor\", coalesce(\"After\"::text, '') "
            + "from audit_entries where \"Stream\" = @id::text order by \"Sequence\"", connection);
        command.Parameters.AddWithValue("id", person);
        var rows = new List<(string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return rows;
    }

    private Task<List<string>> OutboxTypesAsync(Guid person) => SchedulingClient.OutboxTypesAsync(_apps.ConnectionString, person);
}
