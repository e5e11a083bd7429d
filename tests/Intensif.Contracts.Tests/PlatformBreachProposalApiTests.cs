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
/// SR-11: the platform proposes a breach file from Scheduling's InterviewMissed and WeekClosed events, published
/// through the real RabbitMQ and seen through the API, on real PostgreSQL.
/// </summary>
public sealed class PlatformBreachProposalApiTests : IAsyncLifetime
{
    private ServiceApp<ContractsDbContext> _app = null!;
    private readonly string _organisme = TestTokens.NewOrganisme();
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public async Task InitializeAsync() => _app = await ServiceApp<ContractsDbContext>.StartAsync("contractsdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<T> QueryAsync<T>(Func<ContractsDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ContractsDbContext>());
    }

    /// <summary>An ARE recipient with a signed contract; returns the person's id and the pseudonymous id Scheduling knows.</summary>
    private async Task<(Guid Person, Guid Pseudonymous, Guid Contract)> PersonWithContractAsync(HttpClient referent)
    {
        var person = (await Json(await referent.PostAsJsonAsync("/api/contracts/beneficiaries", new
        {
            firstName = "Karim", lastName = "Benali", birthDate = "1988-02-02", territory = "34", publics = new[] { "ARE" },
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var contract = (await Json(await referent.PostAsJsonAsync("/api/contracts",
            new { beneficiaryId = person, signedOn = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-90) }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var pseudonymous = await QueryAsync(db => db.Beneficiaries.Where(b => b.Id == person).Select(b => b.PseudonymousId).SingleAsync());
        return (person, pseudonymous, contract);
    }

    private async Task PublishAsync<T>(T message, Guid messageId) where T : class
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);
    }

    private async Task ConsumedAsync(params Guid[] messageIds)
    {
        var consumed = await Eventually.MatchAsync(() => QueryAsync(db => db.Database.SqlQueryRaw<int>(
            "select count(*)::int as \"Value\" from inbox_messages where message_id = any({0})", messageIds).SingleAsync()),
            n => n == messageIds.Length, TimeSpan.FromSeconds(90));
        Assert.Equal(messageIds.Length, consumed);
    }

    private InterviewMissed Missed(Guid pseudonymous, Guid interviewId, int daysAgo, bool justified = false) =>
        new(Guid.NewGuid(), Now, interviewId, _organisme, pseudonymous, Now.AddDays(-daysAgo), "SUIVI", justified);

    private async Task<JsonElement[]> FilesAsync(HttpClient client, Guid person) =>
        (await Json(await client.GetAsync($"/api/contracts/beneficiaries/{person}/breach-files"), HttpStatusCode.OK)).EnumerateArray().ToArray();

    [Fact]
    public async Task Two_unjustified_missed_entretiens_make_the_platform_propose_one_assiduite_file_that_redeliveries_do_not_double_count()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        var (person, pseudonymous, contract) = await PersonWithContractAsync(referent);
        var first = Missed(pseudonymous, Guid.NewGuid(), 20);
        var (delivery, republished, justified) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        // the same miss delivered twice, then published again under another message id, and a justified miss: one unjustified miss
        await PublishAsync(first, delivery);
        await PublishAsync(first, delivery);
        await PublishAsync(first with { EventId = Guid.NewGuid() }, republished);
        await PublishAsync(Missed(pseudonymous, Guid.NewGuid(), 10, justified: true), justified);
        await ConsumedAsync(delivery, republished, justified);
        var afterOne = await FilesAsync(referent, person);

        var second = Guid.NewGuid();
        await PublishAsync(Missed(pseudonymous, Guid.NewGuid(), 5), second);
        var proposed = await Eventually.MatchAsync(() => FilesAsync(manager, person), f => f.Length > 0, TimeSpan.FromSeconds(90));
        var third = Guid.NewGuid();
        await PublishAsync(Missed(pseudonymous, Guid.NewGuid(), 2), third);
        await ConsumedAsync(second, third);
        var files = await FilesAsync(referent, person);

        Assert.Empty(afterOne);
        var file = Assert.Single(files);
        Assert.Equal(("PROPOSED", "platform", "ASSIDUITE", "ALLOCATION_CHOMAGE", contract),
            (file.GetProperty("status").GetString(), file.GetProperty("proposedBy").GetString(), file.GetProperty("breachType").GetString(),
             file.GetProperty("benefit").GetString(), file.GetProperty("contractId").GetGuid()));
        var evidence = file.GetProperty("evidence").EnumerateArray().ToArray();
        Assert.Equal(2, evidence.Length);
        Assert.All(evidence, e => Assert.Equal("INTERVIEW", e.GetProperty("kind").GetString()));
        Assert.Contains(first.InterviewId.ToString(), evidence.Select(e => e.GetProperty("reference").GetString()));
        Assert.Equal(file.GetProperty("id").GetGuid(), Assert.Single(proposed).GetProperty("id").GetGuid());
        var opened = await QueryAsync(db => db.Database.SqlQueryRaw<int>(
            "select count(*)::int as \"Value\" from outbox_messages where message_type like 'Intensif.IntegrationEvents.BreachFileOpened%' and payload::text like {0}",
            $"%{file.GetProperty("id").GetGuid()}%").SingleAsync());
        Assert.Equal(1, opened);
        var audited = await QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == file.GetProperty("id").GetGuid() && a.Actor == "platform"));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task Three_consecutive_weeks_far_below_target_without_a_reason_make_a_participation_proposal_the_referent_can_dismiss()
    {
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        var (person, pseudonymous, _) = await PersonWithContractAsync(referent);
        var monday = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-(((int)Now.UtcDateTime.DayOfWeek + 6) % 7) - 21);
        var ids = new List<Guid>();
        for (var week = 0; week < 3; week++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            var start = monday.AddDays(7 * week);
            await PublishAsync(new WeekClosed(Guid.NewGuid(), Now, pseudonymous, Guid.NewGuid(), _organisme, "34", $"{start:yyyy}-S{week}", start,
                15m, 15m, week == 1 ? 0m : 4m, 0m, week == 1 ? 0m : 4m, week == 1 ? 15m : 11m, week == 1 ? "UNJUSTIFIED_ABSENCE" : "NONE"), id);
        }
        await ConsumedAsync([.. ids]);
        var file = Assert.Single(await FilesAsync(referent, person));
        var path = $"/api/contracts/beneficiaries/{person}/breach-files/{file.GetProperty("id").GetGuid()}";

        var noReason = await referent.PostAsJsonAsync($"{path}/dismissal", new { reason = "" });
        var dismissed = await Json(await referent.PostAsJsonAsync($"{path}/dismissal", new { reason = "Arrêt maladie connu, non saisi dans Scheduling" }), HttpStatusCode.OK);

        Assert.Equal(("PARTICIPATION_ACTIVE", 3), (file.GetProperty("breachType").GetString(), file.GetProperty("evidence").GetArrayLength()));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(("DISMISSED", "Arrêt maladie connu, non saisi dans Scheduling"),
            (dismissed.GetProperty("status").GetString(), dismissed.GetProperty("dismissalReason").GetString()));
    }

    [Fact]
    public async Task A_local_policy_asking_for_three_missed_entretiens_holds_the_proposal_until_the_third_and_cannot_ask_for_fewer()
    {
        var manager = _app.ClientFor(TestTokens.Manager(_organisme));
        var referent = _app.ClientFor(TestTokens.Referent(_organisme));
        object Policy(int missed) => new
        {
            capacityIntensive = 40, intensiveDurationMinMonths = 2, intensiveDurationMaxMonths = 6, targetWeeklyHoursDefault = 15,
            breachMissedInterviews = missed, breachWindowDays = 45,
        };
        var looser = await manager.PutAsJsonAsync("/api/contracts/local-policy", Policy(1));
        var stricter = await Json(await manager.PutAsJsonAsync("/api/contracts/local-policy", Policy(3)), HttpStatusCode.OK);
        var (person, pseudonymous, _) = await PersonWithContractAsync(referent);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await PublishAsync(Missed(pseudonymous, Guid.NewGuid(), 30), first);
        await PublishAsync(Missed(pseudonymous, Guid.NewGuid(), 20), second);
        await ConsumedAsync(first, second);
        var afterTwo = await FilesAsync(referent, person);

        await PublishAsync(Missed(pseudonymous, Guid.NewGuid(), 10), Guid.NewGuid());
        var afterThree = await Eventually.MatchAsync(() => FilesAsync(referent, person), f => f.Length > 0, TimeSpan.FromSeconds(90));

        Assert.Equal(HttpStatusCode.BadRequest, looser.StatusCode);
        Assert.Equal((3, 45, 3), (stricter.GetProperty("breachMissedInterviews").GetInt32(), stricter.GetProperty("breachWindowDays").GetInt32(),
            stricter.GetProperty("breachWeeksFarBelowTarget").GetInt32()));
        Assert.Empty(afterTwo);
        Assert.Equal(3, Assert.Single(afterThree).GetProperty("evidence").GetArrayLength());
    }
}
