using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Contracts.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Contracts.Tests;

/// <summary>Publics, orientation, its clocks and the overdue-contract list through the API, on real PostgreSQL.</summary>
public sealed class OrientationApiTests : IAsyncLifetime
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
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    private static async Task<Guid> PersonAsync(HttpClient referent, object? situation = null) =>
        (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries", situation ?? new
        {
            firstName = "Lina", lastName = "Morel", birthDate = "1988-02-14", territory = "34",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static Task<HttpResponseMessage> OrientAsync(HttpClient client, Guid person, DateOnly notified, string? reason = null, string parcours = "EMPLOI") =>
        client.PostAsJsonAsync($"/api/contracts/beneficiaries/{person}/orientations", new
        {
            decidedBy = "FRANCE_TRAVAIL", decisionDate = notified.AddDays(-3), notificationDate = notified, parcours, reason,
        });

    private static async Task<Guid[]> OverdueAsync(HttpClient client) =>
        (await Json(await client.GetAsync("/api/contracts/overdue"), HttpStatusCode.OK)).EnumerateArray()
            .Select(o => o.GetProperty("beneficiaryId").GetGuid()).ToArray();

    [Fact]
    public async Task An_RSA_beneficiary_is_registered_with_publics_and_household_and_the_household_is_required()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));

        var missing = await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries", new
        {
            firstName = "Lina", lastName = "Morel", birthDate = "1988-02-14", territory = "34", publics = new[] { "RSA" },
        }), HttpStatusCode.Conflict);
        var person = await PersonAsync(referent, new
        {
            firstName = "Lina", lastName = "Morel", birthDate = "1988-02-14", territory = "34", publics = new[] { "RSA", "RQTH" },
            rsaHousehold = new { size = 2, singleParentMajoration = true, childrenUnder12 = 1 },
        });
        var read = await Json(await referent.GetAsync($"/api/contracts/beneficiaries/{person}"), HttpStatusCode.OK);
        var changed = await Json(await referent.PutAsJsonAsync($"/api/contracts/beneficiaries/{person}/situation",
            new { publics = new[] { "ARE" } }), HttpStatusCode.OK);

        Assert.Equal("rsa-household-required", missing.GetProperty("code").GetString());
        Assert.Equal(["RSA", "RQTH"], read.GetProperty("publics").EnumerateArray().Select(p => p.GetString()));
        Assert.True(read.GetProperty("rsaHousehold").GetProperty("singleParentMajoration").GetBoolean());
        Assert.Equal(JsonValueKind.Null, changed.GetProperty("rsaHousehold").ValueKind);
    }

    [Fact]
    public async Task A_contract_not_signed_a_month_after_the_notification_is_listed_as_overdue_until_signed()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var colleague = _app.ClientFor(TestTokens.Referent(_organisme, "referent-2"));
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        var late = await PersonAsync(referent);
        var recent = await PersonAsync(referent);
        var theirs = await PersonAsync(colleague);

        var orientation = await Json(await OrientAsync(referent, late, Today.AddDays(-45)), HttpStatusCode.Created);
        await Json(await OrientAsync(referent, recent, Today.AddDays(-5)), HttpStatusCode.Created);
        await Json(await OrientAsync(colleague, theirs, Today.AddDays(-60)), HttpStatusCode.Created);

        Assert.Equal(Today.AddDays(-45).AddMonths(1), DateOnly.Parse(orientation.GetProperty("contractDeadline").GetString()!));
        Assert.Equal([late], await OverdueAsync(referent));
        Assert.Equal([theirs, late], await OverdueAsync(manager));

        await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId = late }), HttpStatusCode.Created);

        Assert.Empty(await OverdueAsync(referent));
        Assert.Equal([theirs], await OverdueAsync(manager));
    }

    [Fact]
    public async Task A_reorientation_needs_a_reason_restarts_the_clock_and_keeps_the_history()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var person = await PersonAsync(referent);
        await Json(await OrientAsync(referent, person, Today.AddDays(-50)), HttpStatusCode.Created);
        await Json(await referent.PostAsJsonAsync("/api/contracts", new { beneficiaryId = person, signedOn = Today.AddDays(-40) }), HttpStatusCode.Created);

        var noReason = await Json(await OrientAsync(referent, person, Today.AddDays(-35), parcours: "SOCIAL"), HttpStatusCode.Conflict);
        await Json(await OrientAsync(referent, person, Today.AddDays(-35), "Freins santé au diagnostic", "SOCIAL"), HttpStatusCode.Created);
        var history = await Json(await referent.GetAsync($"/api/contracts/beneficiaries/{person}/orientations"), HttpStatusCode.OK);

        Assert.Equal("reorientation-reason-required", noReason.GetProperty("code").GetString());
        Assert.Equal([false, true], history.EnumerateArray().Select(o => o.GetProperty("isReorientation").GetBoolean()));
        // the contract signed before the réorientation does not answer the new one
        Assert.Equal([person], await OverdueAsync(referent));
    }

    [Fact]
    public async Task Another_organisme_gets_404_on_orientations_and_sees_no_overdue_contract()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var person = await PersonAsync(referent);
        await Json(await OrientAsync(referent, person, Today.AddDays(-45)), HttpStatusCode.Created);
        var stranger = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));

        await Json(await OrientAsync(stranger, person, Today), HttpStatusCode.NotFound);
        await Json(await stranger.GetAsync($"/api/contracts/beneficiaries/{person}/orientations"), HttpStatusCode.NotFound);
        Assert.Empty(await OverdueAsync(stranger));
    }
}
