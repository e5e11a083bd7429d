using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Services.Tests.Scheduling;

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
}
