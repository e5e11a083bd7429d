using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class BarrierPersistenceIndicatorTests
{
    private static DiagnosticVersion Diagnostic(IntensiveEpisode e, string date, int version, params string[] barriers) =>
        DiagnosticVersion.Recorded(Guid.NewGuid(), version, e.OrganismeId, e.Territory, e.PseudonymousBeneficiaryId, DateOnly.Parse(date), barriers);

    [Fact]
    public void Persistence_compares_the_barriers_weighing_at_entry_with_those_still_weighing_at_exit_per_type_and_in_all()
    {
        var a = Episodes.Started("ft-75", "75", "2026-01-10", "2026-06-10");
        a.ApplyEnded(DateOnly.Parse("2026-01-10"), DateOnly.Parse("2026-03-05"), "EMPLOI_DURABLE", ["MOBILITE:MOYEN", "LOGEMENT:SANS_IMPACT"]);
        var b = Episodes.Started("ft-75", "75", "2026-01-10", "2026-06-10");
        b.ApplyEnded(DateOnly.Parse("2026-01-10"), DateOnly.Parse("2026-03-20"), "ABANDON", ["MOBILITE:FORT", "SANTE:FORT"]);
        var noDiagnostic = Episodes.Ended("ft-75", "75", "2026-01-10", "2026-03-21", "AUTRE");
        var data = new IndicatorData
        {
            Episodes = [a, b, noDiagnostic],
            Diagnostics =
            [
                Diagnostic(a, "2026-01-05", 1, "MOBILITE:FORT", "LOGEMENT:FORT", "SANTE:SANS_IMPACT"),
                Diagnostic(a, "2026-02-15", 2, "MOBILITE:FORT"),                      // after the start: not the entry diagnostic
                Diagnostic(b, "2026-01-20", 1, "MOBILITE:MOYEN", "GARDE_ENFANT:FORT"),   // none before the start: its first version
            ],
        };

        var cells = new BarrierPersistenceIndicator().Compute(data, Episodes.Months("2026-03", "2026-03"), Breakdown.Organisme);

        // pairs at entry: a/MOBILITE (persists), a/LOGEMENT (resolved), b/MOBILITE (persists), b/GARDE_ENFANT (not listed at exit: resolved)
        Assert.Equal([("ALL", 50.0m, 4), ("GARDE_ENFANT", 0.0m, 1), ("LOGEMENT", 0.0m, 1), ("MOBILITE", 100.0m, 2)],
            cells.Select(c => (c.Category!, c.Value!.Value, c.Population)));
    }

    [Fact]
    public void Resolution_counts_the_pairs_weighing_at_entry_that_are_sans_impact_or_no_longer_listed_at_exit()
    {
        var a = Episodes.Started("ft-75", "75", "2026-01-10", "2026-06-10");
        a.ApplyEnded(DateOnly.Parse("2026-01-10"), DateOnly.Parse("2026-03-05"), "EMPLOI_DURABLE", ["MOBILITE:SANS_IMPACT", "LOGEMENT:MOYEN"]);
        var b = Episodes.Started("ft-75", "75", "2026-01-10", "2026-06-10");
        b.ApplyEnded(DateOnly.Parse("2026-01-10"), DateOnly.Parse("2026-04-20"), "ABANDON", ["MOBILITE:FORT"]);
        var data = new IndicatorData
        {
            Episodes = [a, b],
            Diagnostics =
            [
                Diagnostic(a, "2026-01-05", 1, "MOBILITE:FORT", "LOGEMENT:FORT", "SANTE:MOYEN", "NUMERIQUE:SANS_IMPACT"),
                Diagnostic(b, "2026-01-05", 1, "MOBILITE:MOYEN", "SANTE:FORT"),
            ],
        };

        var cells = new BarrierResolutionIndicator().Compute(data, Episodes.Months("2026-03", "2026-04"), Breakdown.Organisme);

        // March (a): MOBILITE moved to SANS_IMPACT, SANTE no longer listed (resolved), LOGEMENT still MOYEN; NUMERIQUE did not weigh.
        // April (b): MOBILITE still FORT, SANTE resolved.
        Assert.Equal(
        [
            ("ALL", "2026-03", 66.7m, 3), ("ALL", "2026-04", 50.0m, 2),
            ("LOGEMENT", "2026-03", 0.0m, 1), ("LOGEMENT", "2026-04", (decimal?)null, 0),
            ("MOBILITE", "2026-03", 100.0m, 1), ("MOBILITE", "2026-04", 0.0m, 1),
            ("SANTE", "2026-03", 100.0m, 1), ("SANTE", "2026-04", 100.0m, 1),
        ], cells.Select(c => (c.Category!, c.Period.ToString(), c.Value, c.Population)));
    }
}
