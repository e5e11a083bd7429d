using Intensif.Catalogue.Api.Domain;

namespace Intensif.Catalogue.Tests;

/// <summary>Valuation.HoursFor, rule by rule (domain reference BR-17, SR-04, BR-35).</summary>
public sealed class ValuationTests
{
    private static readonly CreditedSoFar Nothing = CreditedSoFar.Nothing;

    [Fact]
    public void BR17_a_forfait_per_occurrence_is_worth_its_forfait_whatever_the_time_spent()
    {
        var result = Valuation.HoursFor(new(ValuationMethod.FORFAIT_PAR_OCCURRENCE, 3m), true, new Occurrence(ActualHours: 1.5m), Nothing);

        Assert.Equal(3m, result.Hours);
        Assert.Empty(result.AppliedCaps);
    }

    [Fact]
    public void BR17_a_half_day_forfait_counts_each_half_day()
    {
        var result = Valuation.HoursFor(new(ValuationMethod.FORFAIT_DEMI_JOURNEE, 3m), true, new Occurrence(Units: 2), Nothing);

        Assert.Equal(6m, result.Hours);
    }

    [Fact]
    public void BR17_a_day_forfait_counts_each_day_attended_like_a_PMSMP()
    {
        var result = Valuation.HoursFor(new(ValuationMethod.FORFAIT_JOURNEE, 7m), true, new Occurrence(Units: 3), Nothing);

        Assert.Equal(21m, result.Hours);
    }

    [Fact]
    public void BR17_capped_real_time_counts_the_hours_actually_spent()
    {
        var result = Valuation.HoursFor(new(ValuationMethod.TEMPS_REEL_PLAFONNE, null, MaxHoursPerWeek: 6m), true, new Occurrence(ActualHours: 2.5m), Nothing);

        Assert.Equal(2.5m, result.Hours);
    }

    [Fact]
    public void BR17_capped_real_time_without_the_hours_spent_is_refused()
    {
        var rule = new ValuationRule(ValuationMethod.TEMPS_REEL_PLAFONNE, null, MaxHoursPerWeek: 6m);

        var error = Assert.Throws<InvalidOccurrenceException>(() => Valuation.HoursFor(rule, true, new Occurrence(), Nothing));
        Assert.Equal("actualHours", error.Field);
    }

    [Fact]
    public void BR17_a_forfait_per_occurrence_values_one_occurrence_at_a_time()
    {
        Assert.Throws<InvalidOccurrenceException>(() =>
            Valuation.HoursFor(new(ValuationMethod.FORFAIT_PAR_OCCURRENCE, 3m), true, new Occurrence(Units: 2), Nothing));
    }

    [Fact]
    public void SR04_real_time_stops_at_the_weekly_cap()
    {
        var rule = new ValuationRule(ValuationMethod.TEMPS_REEL_PLAFONNE, null, MaxHoursPerWeek: 6m);

        var result = Valuation.HoursFor(rule, true, new Occurrence(ActualHours: 4m), new CreditedSoFar(HoursThisWeek: 4m));

        Assert.Equal(2m, result.Hours);
        Assert.Equal(4m, result.RawHours);
        Assert.Equal([Valuation.WeeklyHoursCap], result.AppliedCaps);
    }

    [Fact]
    public void SR04_applications_beyond_the_weekly_hours_cap_count_nothing()
    {
        var rule = new ValuationRule(ValuationMethod.FORFAIT_PAR_OCCURRENCE, 1m, MaxHoursPerWeek: 5m);

        var result = Valuation.HoursFor(rule, true, new Occurrence(), new CreditedSoFar(HoursThisWeek: 5m, OccurrencesThisWeek: 5));

        Assert.Equal(0m, result.Hours);
        Assert.Equal([Valuation.WeeklyHoursCap], result.AppliedCaps);
    }

    [Fact]
    public void SR04_an_occurrence_beyond_the_weekly_occurrences_cap_counts_nothing()
    {
        var rule = new ValuationRule(ValuationMethod.FORFAIT_PAR_OCCURRENCE, 2m, MaxOccurrencesPerWeek: 2);

        var third = Valuation.HoursFor(rule, true, new Occurrence(), new CreditedSoFar(HoursThisWeek: 4m, OccurrencesThisWeek: 2));
        var second = Valuation.HoursFor(rule, true, new Occurrence(), new CreditedSoFar(HoursThisWeek: 2m, OccurrencesThisWeek: 1));

        Assert.Equal(0m, third.Hours);
        Assert.Equal([Valuation.WeeklyOccurrencesCap], third.AppliedCaps);
        Assert.Equal(2m, second.Hours);
    }

    [Fact]
    public void BR35_a_bilan_de_competences_never_counts_more_than_24_hours_in_total()
    {
        var rule = new ValuationRule(ValuationMethod.FORFAIT_PAR_OCCURRENCE, 3m, MaxTotalHours: 24m);

        var eighth = Valuation.HoursFor(rule, true, new Occurrence(), new CreditedSoFar(HoursInTotal: 21m));
        var partial = Valuation.HoursFor(rule, true, new Occurrence(), new CreditedSoFar(HoursInTotal: 22.5m));
        var ninth = Valuation.HoursFor(rule, true, new Occurrence(), new CreditedSoFar(HoursInTotal: 24m));

        Assert.Equal(3m, eighth.Hours);
        Assert.Equal(1.5m, partial.Hours);
        Assert.Equal(0m, ninth.Hours);
        Assert.Equal([Valuation.TotalHoursCap], ninth.AppliedCaps);
    }

    [Fact]
    public void An_entry_that_does_not_count_toward_weekly_hours_is_worth_nothing()
    {
        var result = Valuation.HoursFor(new(ValuationMethod.FORFAIT_PAR_OCCURRENCE, 2m), false, new Occurrence(), Nothing);

        Assert.Equal(0m, result.Hours);
        Assert.Equal(2m, result.RawHours);
        Assert.Equal([Valuation.NotCounted], result.AppliedCaps);
    }

    [Fact]
    public void One_occurrence_is_never_worth_more_than_a_35_hour_week()
    {
        Assert.Throws<InvalidOccurrenceException>(() =>
            Valuation.HoursFor(new(ValuationMethod.FORFAIT_JOURNEE, 7m), true, new Occurrence(Units: 6), Nothing));
    }

    [Fact]
    public void A_local_valuation_changes_the_forfait_and_weekly_caps_but_keeps_the_legal_total_cap()
    {
        var national = new ValuationRule(ValuationMethod.FORFAIT_PAR_OCCURRENCE, 3m, MaxTotalHours: 24m);

        var local = national.WithLocal(forfaitHours: 2m, maxHoursPerWeek: 6m, maxOccurrencesPerWeek: null);

        Assert.Equal(new ValuationRule(ValuationMethod.FORFAIT_PAR_OCCURRENCE, 2m, 6m, null, 24m), local);
    }
}
