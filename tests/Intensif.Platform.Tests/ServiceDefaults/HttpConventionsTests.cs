using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Testing;

namespace Intensif.Platform.Tests.ServiceDefaults;

public class HttpConventionsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private NotesApp _app = null!;
    private readonly string _token = TestTokens.Manager(TestTokens.NewOrganisme());

    public async Task InitializeAsync() => _app = await NotesApp.StartAsync(database.ConnectionString);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static HttpRequestMessage Post(string text, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/notes/") { Content = JsonContent.Create(new NoteRequest(text)) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private async Task<int> CountNotesAsync(string text)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotesDb>();
        return await db.Notes.CountAsync(n => n.Text == text);
    }

    [Fact]
    public async Task A_retried_creating_post_with_the_same_key_replays_the_first_answer_and_writes_nothing_more()
    {
        var client = _app.Client(_token);
        var key = Guid.NewGuid().ToString();

        var first = await client.SendAsync(Post("retried", key));
        var retry = await client.SendAsync(Post("retried", key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, await CountNotesAsync("retried"));
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_create_one_resource()
    {
        var client = _app.Client(_token);
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Post("concurrent", key))));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await CountNotesAsync("concurrent"));
    }

    [Fact]
    public async Task Reusing_a_key_for_another_body_is_a_conflict_that_writes_nothing()
    {
        var client = _app.Client(_token);
        var key = Guid.NewGuid().ToString();
        await client.SendAsync(Post("original", key));

        var reused = await client.SendAsync(Post("another", key));

        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("idempotency-key-reused", (await reused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(0, await CountNotesAsync("another"));
    }

    [Fact]
    public async Task The_same_key_from_another_organisation_is_another_key()
    {
        var key = Guid.NewGuid().ToString();
        await _app.Client(_token).SendAsync(Post("shared key", key));

        var other = await _app.Client(TestTokens.Manager(TestTokens.NewOrganisme())).SendAsync(Post("shared key", key));

        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.False(other.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, await CountNotesAsync("shared key"));
    }

    [Fact]
    public async Task A_refused_request_releases_its_key_so_the_corrected_request_can_use_it()
    {
        var client = _app.Client(_token);
        var key = Guid.NewGuid().ToString();

        var refused = await client.SendAsync(Post(" ", key));
        var corrected = await client.SendAsync(Post("corrected", key));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
    }

    [Fact]
    public async Task An_oversized_key_is_refused_with_a_problem()
    {
        var refused = await _app.Client(_token).SendAsync(Post("oversized", new string('k', 201)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("idempotency-key-invalid", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(0, await CountNotesAsync("oversized"));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_with_412_and_changes_nothing()
    {
        var client = _app.Client(_token);
        var created = await client.SendAsync(Post("versioned", null));
        var read = await client.GetAsync(created.Headers.Location);
        var etag = read.Headers.ETag!.Tag;
        var update = new HttpRequestMessage(HttpMethod.Put, created.Headers.Location) { Content = JsonContent.Create(new NoteRequest("first edit")) };
        update.Headers.TryAddWithoutValidation("If-Match", etag);
        var first = await client.SendAsync(update);

        var stale = new HttpRequestMessage(HttpMethod.Put, created.Headers.Location) { Content = JsonContent.Create(new NoteRequest("lost edit")) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        var refused = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("stale-etag", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(0, await CountNotesAsync("lost edit"));
        Assert.Equal(1, await CountNotesAsync("first edit"));
    }

    [Fact]
    public async Task The_openapi_document_shows_the_headers_and_examples()
    {
        var document = await _app.Client(_token).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var post = paths.EnumerateObject().Single(p => p.Name.TrimEnd('/') == "/notes").Value.GetProperty("post");
        var put = paths.GetProperty("/notes/{id}").GetProperty("put");

        Assert.Contains(post.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key");
        Assert.Equal("Call the partner", post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("text").GetString());
        Assert.Contains(put.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "If-Match");
        Assert.Equal("stale-etag", put.GetProperty("responses").GetProperty("412").GetProperty("content").GetProperty("application/problem+json").GetProperty("example").GetProperty("code").GetString());
    }
}
