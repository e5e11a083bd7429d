namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// How an entry is valued in hours (BR-17): the method, the forfait and the caps. Forfait methods need
/// <see cref="ForfaitHours"/>; capped real time needs <see cref="MaxHoursPerWeek"/>.
/// </summary>
public sealed record ValuationRule(
    ValuationMethod Method,
    decimal? ForfaitHours,
    decimal? MaxHoursPerWeek = null,
    int? MaxOccurrencesPerWeek = null,
    decimal? MaxTotalHours = null)
{
    public bool IsForfait => Method != ValuationMethod.TEMPS_REEL_PLAFONNE;

    /// <summary>The same rule with a local forfait and weekly caps; the total cap is a legal bound and stays.</summary>
    public ValuationRule WithLocal(decimal? forfaitHours, decimal? maxHoursPerWeek, int? maxOccurrencesPerWeek) => this with
    {
        ForfaitHours = forfaitHours ?? ForfaitHours,
        MaxHoursPerWeek = maxHoursPerWeek ?? MaxHoursPerWeek,
        MaxOccurrencesPerWeek = maxOccurrencesPerWeek ?? MaxOccurrencesPerWeek,
    };
}
