using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Scheduling.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Scheduling.Tests;

/// <summary>The scheduling OpenAPI document: summaries, descriptions and examples on the programme endpoints.</summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private ServiceApp<SchedulingDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<SchedulingDbContext>.StartAsync("schedulingdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Every_scheduling_operation_has_a_summary_and_a_description_and_booking_has_its_examples()
    {
        var document = await _app.ClientFor(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete").Select(o => (path.Name, o.Name, o.Value)))
            .ToList();
        Assert.Contains(operations, o => o.Item1 == "/api/scheduling/programmes/{beneficiaryId}/assignments");
        Assert.All(operations, o =>
        {
            Assert.True(o.Value.TryGetProperty("summary", out _), $"{o.Item2} {o.Item1} has no summary");
            Assert.True(o.Value.TryGetProperty("description", out _), $"{o.Item2} {o.Item1} has no description");
        });
        var booking = document.GetProperty("paths").GetProperty("/api/scheduling/programmes/{beneficiaryId}/assignments").GetProperty("post");
        Assert.Contains("example", booking.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").ToString());
        Assert.Equal("GEN-COL-01", booking.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json")
            .GetProperty("example").GetProperty("entryCode").GetString());
    }
}
