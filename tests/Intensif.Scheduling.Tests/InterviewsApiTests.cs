using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Scheduling.Tests;

public sealed class InterviewsApiTests : IAsyncLifetime
{
    private ServiceApp<SchedulingDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<SchedulingDbContext>.StartAsync("schedulingdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_scheduled_interview_is_visible_to_its_referent_and_organisme_only()
    {
        var organisme = TestTokens.NewOrganisme();
        var referent = _app.ClientFor(TestTokens.Referent(organisme));

        var created = await referent.PostAsJsonAsync("/api/scheduling/interviews", new
        {
            beneficiaryId = Guid.NewGuid(), scheduledAt = DateTimeOffset.UtcNow.AddDays(3), durationMinutes = 45, type = "SUIVI", channel = "VISIO",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await _app.ClientFor(TestTokens.Manager(organisme)).GetAsync($"/api/scheduling/interviews/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.ClientFor(TestTokens.Referent(organisme, "referent-2")).GetAsync($"/api/scheduling/interviews/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme())).GetAsync($"/api/scheduling/interviews/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_held_interview_publishes_InterviewHeld_and_a_no_show_InterviewMissed_through_the_outbox()
    {
        var referent = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));
        var person = Guid.NewGuid();
        var held = await referent.ScheduleAsync(person, DateTimeOffset.UtcNow.AddHours(-2));
        var missed = await referent.ScheduleAsync(person, DateTimeOffset.UtcNow.AddHours(-1));

        var heldResponse = await referent.RecordOutcomeAsync(held, "HELD");
        var missedResponse = await referent.RecordOutcomeAsync(missed, "NO_SHOW_JUSTIFIED");

        Assert.Equal(HttpStatusCode.OK, heldResponse.StatusCode);
        Assert.Equal("HELD", (await heldResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("NO_SHOW_JUSTIFIED", (await missedResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(["InterviewScheduled", "InterviewScheduled", "InterviewHeld", "InterviewMissed"], await _app.OutboxTypesAsync(person));
    }

    [Fact]
    public async Task The_outcome_of_a_future_interview_is_refused_with_409_and_a_stable_code()
    {
        var referent = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));
        var person = Guid.NewGuid();
        var id = await referent.ScheduleAsync(person, DateTimeOffset.UtcNow.AddDays(2));

        var response = await referent.RecordOutcomeAsync(id, "HELD");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("interview-not-yet-started", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(["InterviewScheduled"], await _app.OutboxTypesAsync(person));
    }

    [Fact]
    public async Task An_unknown_outcome_is_refused_with_400_and_another_referents_interview_is_not_found()
    {
        var organisme = TestTokens.NewOrganisme();
        var referent = _app.ClientFor(TestTokens.Referent(organisme));
        var id = await referent.ScheduleAsync(Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-1));

        Assert.Equal(HttpStatusCode.BadRequest, (await referent.RecordOutcomeAsync(id, "MAYBE")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.ClientFor(TestTokens.Referent(organisme, "referent-2")).RecordOutcomeAsync(id, "HELD")).StatusCode);
    }

    [Fact]
    public async Task Rescheduling_and_cancelling_keep_the_id_and_raise_the_sequence()
    {
        var referent = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));
        var id = await referent.ScheduleAsync(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(2));

        var moved = await referent.PostAsJsonAsync($"/api/scheduling/interviews/{id}/reschedule",
            new { scheduledAt = DateTimeOffset.UtcNow.AddDays(4), durationMinutes = 30, channel = "TELEPHONE" });
        var cancelled = await referent.PostAsync($"/api/scheduling/interviews/{id}/cancel", null);
        var again = await referent.PostAsync($"/api/scheduling/interviews/{id}/cancel", null);

        var body = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(id, body.GetProperty("id").GetGuid());
        Assert.Equal("CANCELLED", body.GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("sequence").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
