using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Scheduling.Tests;

/// <summary>The shared calendar's operations in the served OpenAPI document: each has a summary, a description and examples.</summary>
public sealed class SharedCalendarOpenApiTests : IAsyncLifetime
{
    private ServiceApp<SchedulingDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<SchedulingDbContext>.StartAsync("schedulingdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_shared_calendar_operation_has_a_response_example_and_the_creating_ones_a_request_example()
    {
        var document = await _app.ClientFor(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var operations = document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/scheduling/calendar"))
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete").Select(o => (Path: path.Name, Verb: o.Name, Operation: o.Value)))
            .ToList();

        Assert.Equal(9, operations.Count);
        Assert.All(operations, o =>
        {
            var success = o.Operation.GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2'));
            Assert.True(success.Value.TryGetProperty("content", out var content) && content.ToString().Contains("\"example\""),
                $"{o.Verb} {o.Path} has no response example");
        });
        foreach (var (path, verb) in new[] { ("/api/scheduling/calendar/events", "post"), ("/api/scheduling/calendar/events/{id}/bookings", "post"),
                     ("/api/scheduling/calendar/events/{id}", "put") })
            Assert.Contains("\"example\"", document.GetProperty("paths").GetProperty(path).GetProperty(verb).GetProperty("requestBody").ToString());
    }
}
