using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>Scheduling's copy of the R.5411-15 family of catalogue entries: the newest description wins, whatever the arrival order.</summary>
public sealed class CatalogueEntryFamilyTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_description_older_than_the_one_held_changes_nothing()
    {
        var entry = CatalogueEntryFamily.Unknown("IMM-PMSMP-01");

        Assert.True(entry.Describe(1, Monday.AddHours(1)));
        Assert.False(entry.Describe(3, Monday));

        Assert.True(entry.IsProfessionalSituation);
    }

    [Fact]
    public void A_newer_description_replaces_the_family_even_with_an_unknown_one()
    {
        var entry = CatalogueEntryFamily.Unknown("IMM-PMSMP-01");
        entry.Describe(1, Monday);

        Assert.True(entry.Describe(null, Monday.AddDays(1)));

        Assert.False(entry.IsProfessionalSituation);
    }
}
