using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.IntegrationEvents;
using Intensif.Messaging.Inbox;
using Intensif.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Catalogue.Tests.DataInclusion;

/// <summary>The Partners service's structure events, through the real RabbitMQ, name the providers of the open-data export.</summary>
public sealed class PartnerStructuresTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task PublishAsync(object message)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBus>().Publish(message);
    }

    private async Task<JsonElement?> ExportedAsync(Guid structure)
    {
        var structures = await _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()))
            .GetFromJsonAsync<JsonElement[]>("/api/catalogue/open-data/structures");
        return structures!.Cast<JsonElement?>().SingleOrDefault(s => s!.Value.GetProperty("id").GetString() == $"intensif--structure-{structure}");
    }

    private async Task<string?> HeldNameAsync(Guid structure)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        return await db.Structures.Where(s => s.StructureId == structure).Select(s => s.Name).SingleOrDefaultAsync();
    }

    private async Task<bool> ConsumedAsync(Guid messageId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        return await db.Set<InboxMessage>().AnyAsync(m => m.MessageId == messageId);
    }

    [Fact]
    public async Task A_registered_structure_names_the_provider_of_its_published_activities_and_follows_its_updates()
    {
        var structure = Guid.NewGuid();
        var registeredAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        var manager = _app.ClientFor(TestTokens.Manager(TestTokens.NewOrganisme()));
        var entry = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(CatalogueApiTests.Workshop("LOC-PS-01")))!;
        entry["partnerStructureId"] = structure;
        (await manager.PostAsJsonAsync("/api/catalogue/entries", entry)).EnsureSuccessStatusCode();
        (await manager.PostAsync("/api/catalogue/entries/LOC-PS-01/publish", null)).EnsureSuccessStatusCode();
        var before = await ExportedAsync(structure);

        await PublishAsync(new PartnerStructureRegistered(Guid.NewGuid(), registeredAt, structure, "Mission locale de Paris", "MISSION_LOCALE", ["75"])
        {
            Siret = "13003013300016",
        });
        var registered = await Eventually.MatchAsync(() => ExportedAsync(structure),
            s => s?.GetProperty("nom").GetString() == "Mission locale de Paris", TimeSpan.FromSeconds(90));
        await PublishAsync(new PartnerUpdated(Guid.NewGuid(), registeredAt.AddMinutes(2), structure, "Mission locale Paris Sud", "MISSION_LOCALE",
            ["75"], [], Qualiopi: true, PmsmpPrescriptionDelegation: false, DataSharingAgreementSigned: true));
        var updated = await Eventually.MatchAsync(() => ExportedAsync(structure),
            s => s?.GetProperty("nom").GetString() == "Mission locale Paris Sud", TimeSpan.FromSeconds(90));

        Assert.Equal($"Structure partenaire {structure}", before!.Value.GetProperty("nom").GetString());
        Assert.Equal(["mission-locale"], registered!.Value.GetProperty("reseaux_porteurs").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("13003013300016", updated!.Value.GetProperty("siret").GetString());   // kept when an update carries none
        Assert.Equal(DateOnly.FromDateTime(registeredAt.AddMinutes(2).UtcDateTime).ToString("yyyy-MM-dd"), updated!.Value.GetProperty("date_maj").GetString());
        var errors = JsonSchemaSubset.Load(SharedSchemas.DataInclusionV1("structure.json"), closedObjects: true).Validate(updated.Value);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_older_description_arriving_late_is_ignored()
    {
        var structure = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;

        await PublishAsync(new PartnerUpdated(Guid.NewGuid(), now, structure, "Ressourcerie du Marais", "ASSOCIATION_AUTRE", ["75"], [],
            false, false, false));
        await Eventually.MatchAsync(() => HeldNameAsync(structure), name => name == "Ressourcerie du Marais", TimeSpan.FromSeconds(90));
        var late = Guid.NewGuid();
        await using (var scope = _app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IBus>().Publish(
                new PartnerStructureRegistered(Guid.NewGuid(), now.AddMinutes(-10), structure, "Ancien nom", "ASSOCIATION_AUTRE", ["75"]),
                context => context.MessageId = late);
        await Eventually.MatchAsync(() => ConsumedAsync(late), consumed => consumed, TimeSpan.FromSeconds(90));

        Assert.Equal("Ressourcerie du Marais", await HeldNameAsync(structure));
    }
}
