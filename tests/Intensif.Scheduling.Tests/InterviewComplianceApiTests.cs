using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Scheduling.Tests;

public sealed class InterviewComplianceApiTests : IAsyncLifetime
{
    private ServiceApp<SchedulingDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<SchedulingDbContext>.StartAsync("schedulingdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_monthly_list_shows_held_against_required_for_each_person_the_referent_follows()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        await using var app = _app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var organisme = TestTokens.NewOrganisme();
        var referent = app.CreateClient();
        referent.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Referent(organisme));
        var (regular, once, absent) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        foreach (var (person, day, outcome) in new[] { (regular, 5, "HELD"), (regular, 19, "HELD"), (once, 6, "HELD"), (once, 20, "NO_SHOW_UNJUSTIFIED") })
        {
            var id = await referent.ScheduleAsync(person, new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.Zero));
            Assert.Equal(HttpStatusCode.OK, (await referent.RecordOutcomeAsync(id, outcome)).StatusCode);
        }
        await referent.RecordOutcomeAsync(await referent.ScheduleAsync(absent, new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero)), "HELD");
        await _app.ClientFor(TestTokens.Referent(organisme, "referent-2")).ScheduleAsync(Guid.NewGuid(), DateTimeOffset.UtcNow.AddDays(1));

        var list = await referent.GetFromJsonAsync<JsonElement>("/api/scheduling/interviews/compliance?month=2026-11");

        Assert.Equal("2026-11", list.GetProperty("month").GetString());
        var rows = list.GetProperty("people").EnumerateArray().ToDictionary(
            r => r.GetProperty("beneficiaryId").GetGuid(),
            r => (r.GetProperty("held").GetInt32(), r.GetProperty("required").GetInt32(), r.GetProperty("compliant").GetBoolean()));
        Assert.Equal(3, rows.Count);
        Assert.Equal((2, 2, true), rows[regular]);
        Assert.Equal((1, 2, false), rows[once]);
        Assert.Equal((0, 2, false), rows[absent]);   // followed since October, nothing held in November
    }

    [Theory]
    [InlineData("")]
    [InlineData("?month=2026-13")]
    [InlineData("?month=november")]
    public async Task A_missing_or_malformed_month_is_refused_with_400(string query)
    {
        var response = await _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme())).GetAsync("/api/scheduling/interviews/compliance" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("month", out _));
    }
}
