using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Scheduling.Tests.Calendar;
using Intensif.Testing;

namespace Intensif.Scheduling.Tests;

public sealed class FeedsApiTests : IAsyncLifetime
{
    private ServiceApp<SchedulingDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<SchedulingDbContext>.StartAsync("schedulingdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_secret_feed_serves_the_referents_interviews_without_a_token_and_follows_their_changes()
    {
        var organisme = TestTokens.NewOrganisme();
        var referent = _app.ClientFor(TestTokens.Referent(organisme));
        var id = await referent.ScheduleAsync(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(2));
        await _app.ClientFor(TestTokens.Referent(organisme, "referent-2")).ScheduleAsync(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(2));
        var url = await CreateFeedAsync(referent);
        var anonymous = _app.ClientFor(null);

        var first = await anonymous.GetAsync(url);
        await referent.PostAsJsonAsync($"/api/scheduling/interviews/{id}/reschedule",
            new { scheduledAt = DateTimeOffset.UtcNow.AddDays(3), durationMinutes = 45, channel = "VISIO" });
        await referent.PostAsync($"/api/scheduling/interviews/{id}/cancel", null);
        var second = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/calendar", first.Content.Headers.ContentType?.MediaType);
        var before = Assert.Single(new ICalendarText(await first.Content.ReadAsStringAsync()).Components("VEVENT"));
        var after = Assert.Single(new ICalendarText(await second.Content.ReadAsStringAsync()).Components("VEVENT"));
        Assert.Equal($"{id}@intensif", before["UID"]);
        Assert.Equal(before["UID"], after["UID"]);
        Assert.Equal(0, int.Parse(before["SEQUENCE"]));
        Assert.Equal(2, int.Parse(after["SEQUENCE"]));
        Assert.Equal("CANCELLED", after["STATUS"]);
    }

    [Fact]
    public async Task A_revoked_feed_and_an_unknown_token_answer_404_and_only_the_owner_revokes()
    {
        var organisme = TestTokens.NewOrganisme();
        var referent = _app.ClientFor(TestTokens.Referent(organisme));
        var created = await referent.PostAsync("/api/scheduling/feeds", null);
        var feed = await created.Content.ReadFromJsonAsync<JsonElement>();
        var (feedId, url) = (feed.GetProperty("id").GetGuid(), feed.GetProperty("url").GetString()!);
        var anonymous = _app.ClientFor(null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);

        var byOther = await _app.ClientFor(TestTokens.Referent(organisme, "referent-2")).DeleteAsync($"/api/scheduling/feeds/{feedId}");
        var byOwner = await referent.DeleteAsync($"/api/scheduling/feeds/{feedId}");

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, byOwner.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/scheduling/feeds/{new string('0', 64)}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/scheduling/feeds", null)).StatusCode);
    }

    private static async Task<string> CreateFeedAsync(HttpClient referent)
    {
        var response = await referent.PostAsync("/api/scheduling/feeds", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
    }
}
