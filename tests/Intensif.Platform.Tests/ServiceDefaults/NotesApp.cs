using Intensif.ServiceDefaults.Http;
using Intensif.ServiceDefaults.OpenApi;
using Intensif.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intensif.Platform.Tests.ServiceDefaults;

/// <summary>A tiny service built on ServiceDefaults the way the real ones are, to test the HTTP conventions on real PostgreSQL.</summary>
public sealed class NotesApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private NotesApp(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static async Task<NotesApp> StartAsync(string connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["Jwt:Issuer"] = TestTokens.Issuer.Issuer;
        builder.Configuration["Jwt:Audience"] = TestTokens.Issuer.Audience;
        builder.Configuration["Jwt:SigningKey"] = TestTokens.SigningKey;
        builder.AddServiceDefaults();
        builder.Services.AddDbContext<NotesDb>(o => o.UseNpgsql(connectionString));
        builder.AddIdempotency<NotesDb>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        var notes = app.MapGroup("/notes").RequireAuthorization();
        notes.MapPost("/", async (NoteRequest request, NotesDb db) =>
        {
            if (string.IsNullOrWhiteSpace(request.Text)) return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Required."] });
            var note = new Note { Id = Guid.CreateVersion7(), Text = request.Text };
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            return Results.Created($"/notes/{note.Id}", note);
        }).WithIdempotency().WithRequestExample(new NoteRequest("Call the partner")).WithResponseExample(201, new Note { Id = Guid.Empty, Text = "Call the partner" });
        notes.MapGet("/{id:guid}", async (Guid id, NotesDb db, HttpContext http) =>
        {
            var note = await db.Notes.FindAsync(id);
            if (note is null) return Results.NotFound();
            http.SetETag(note.Version);
            return Results.Ok(note);
        }).WithETag();
        notes.MapPut("/{id:guid}", async (Guid id, NoteRequest request, NotesDb db, HttpContext http) =>
        {
            var note = await db.Notes.FindAsync(id);
            if (note is null) return Results.NotFound();
            http.CheckIfMatch(note.Version);
            note.Text = request.Text;
            await db.SaveChangesAsync();
            http.SetETag(note.Version);
            return Results.Ok(note);
        }).WithIfMatch();

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<NotesDb>().Database.EnsureCreatedAsync();
        await app.StartAsync();
        return new NotesApp(app);
    }

    public HttpClient Client(string token)
    {
        var client = _app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record NoteRequest(string Text);

public sealed class Note
{
    public Guid Id { get; init; }
    public required string Text { get; set; }
    public uint Version { get; set; }
}

public sealed class NotesDb(DbContextOptions<NotesDb> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(n =>
        {
            n.ToTable("notes");
            n.Property(x => x.Version).IsRowVersion();
        });
        modelBuilder.AddIdempotencyTable();
    }
}
