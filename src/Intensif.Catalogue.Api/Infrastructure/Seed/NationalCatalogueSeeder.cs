using Intensif.Catalogue.Api.Domain;
using Intensif.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Intensif.Catalogue.Api.Infrastructure.Seed;

/// <summary>
/// Loads the national fichier métier at start: inserts, published, the seed entries whose code is not there yet, so a
/// second start (or a second replica) changes nothing and an entry an operator revised or archived is left alone.
/// </summary>
public static class NationalCatalogueSeeder
{
    public static async Task SeedNationalCatalogueAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var journal = scope.ServiceProvider.GetRequiredService<CatalogueJournal>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(NationalCatalogueSeeder).FullName!);

        var codes = NationalCatalogue.Entries.Select(e => e.Code).ToArray();
        var present = await db.Entries.Where(e => codes.Contains(e.Code)).Select(e => e.Code).ToListAsync();
        var missing = NationalCatalogue.Entries.Where(e => !present.Contains(e.Code)).ToList();
        if (missing.Count == 0) return;

        foreach (var (code, definition) in missing)
        {
            var entry = CatalogueEntry.SeedNational(code, definition, NationalCatalogue.Author, now);
            db.Entries.Add(entry);
            journal.Seeded(entry, now);
        }
        try
        {
            await db.SaveChangesAsync();
            logger.LogInformation("Seeded {Count} national entries of the fichier métier", missing.Count);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // another replica seeded at the same time: its transaction holds the same entries
            logger.LogInformation("The national fichier métier was seeded by another instance");
        }
    }
}
