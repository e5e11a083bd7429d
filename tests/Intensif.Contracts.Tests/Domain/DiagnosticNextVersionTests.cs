using Intensif.Contracts.Api.Domain;
using Intensif.ServiceDefaults.Problems;

namespace Intensif.Contracts.Tests.Domain;

public sealed class DiagnosticNextVersionTests
{
    private static DiagnosticContent Content(DateOnly date, params DiagnosticBarrier[] barriers) =>
        new(date, ProjectMaturity.A_CONSTRUIRE, "Aide à domicile", barriers, 12m, true, false, true);

    private static readonly DiagnosticBarrier Mobility = new(BarrierType.MOBILITE, BarrierLevel.FORT, "Pas de permis", false);

    [Fact]
    public void Diagnostic_NextVersion_each_change_is_a_new_version_after_the_previous_one()
    {
        var person = Given.Person();
        var first = Diagnostic.NextVersion(person, null, Content(Given.Today.AddDays(-30), Mobility), Given.Today, Given.Now, "ref-1");

        var second = Diagnostic.NextVersion(person, first, Content(Given.Today, Mobility with { Level = BarrierLevel.MOYEN }), Given.Today, Given.Now, "ref-1");

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal(BarrierLevel.FORT, first.Barriers[0].Level);
        Assert.Equal(BarrierLevel.MOYEN, second.Barriers[0].Level);
    }

    [Fact]
    public void Diagnostic_NextVersion_refuses_a_version_older_than_the_previous_one()
    {
        var person = Given.Person();
        var first = Diagnostic.NextVersion(person, null, Content(Given.Today), Given.Today, Given.Now, "ref-1");

        var code = Assert.Throws<RuleViolationException>(() => Diagnostic.NextVersion(person, first, Content(Given.Today.AddDays(-1)), Given.Today, Given.Now, "ref-1")).Code;

        Assert.Equal("diagnostic-older-than-previous", code);
    }

    [Fact]
    public void Diagnostic_NextVersion_rates_each_barrier_type_once_and_an_AUTRE_barrier_says_what_it_is()
    {
        Assert.Equal("barrier-duplicated", Assert.Throws<RuleViolationException>(() =>
            Diagnostic.NextVersion(Given.Person(), null, Content(Given.Today, Mobility, Mobility with { Level = BarrierLevel.SANS_IMPACT }), Given.Today, Given.Now, "r")).Code);
        Assert.Equal("barrier-needs-description", Assert.Throws<RuleViolationException>(() =>
            Diagnostic.NextVersion(Given.Person(), null, Content(Given.Today, new DiagnosticBarrier(BarrierType.AUTRE, BarrierLevel.MOYEN, " ", false)), Given.Today, Given.Now, "r")).Code);
    }

    [Fact]
    public void Diagnostic_NextVersion_health_and_justice_free_text_is_always_restricted()
    {
        var diagnostic = Diagnostic.NextVersion(Given.Person(), null, Content(Given.Today,
            new DiagnosticBarrier(BarrierType.SANTE, BarrierLevel.FORT, "Suivi psychiatrique", false),
            new DiagnosticBarrier(BarrierType.JUSTICE, BarrierLevel.MOYEN, "SPIP", false), Mobility), Given.Today, Given.Now, "r");

        Assert.Equal([false, true, true], diagnostic.Barriers.Select(b => b.Restricted));
    }

    [Fact]
    public void Diagnostic_BarriersSeenBy_shows_restricted_text_to_its_author_and_the_referent_only()
    {
        var diagnostic = Diagnostic.NextVersion(Given.Person(), null, Content(Given.Today,
            new DiagnosticBarrier(BarrierType.SANTE, BarrierLevel.FORT, "Suivi psychiatrique", false), Mobility), Given.Today, Given.Now, "author");

        Assert.Equal("Suivi psychiatrique", diagnostic.BarriersSeenBy("author", "ref-2")[1].Evidence);
        Assert.Equal("Suivi psychiatrique", diagnostic.BarriersSeenBy("ref-2", "ref-2")[1].Evidence);
        var manager = diagnostic.BarriersSeenBy("manager-1", "ref-2");
        Assert.Equal((BarrierLevel.FORT, (string?)null, "Pas de permis"), (manager[1].Level, manager[1].Evidence, manager[0].Evidence));
    }
}
