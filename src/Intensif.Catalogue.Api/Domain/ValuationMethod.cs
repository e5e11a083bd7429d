namespace Intensif.Catalogue.Api.Domain;

/// <summary>How an activity is valued in hours (domain reference §3.9, rule BR-17).</summary>
public enum ValuationMethod
{
    FORFAIT_PAR_OCCURRENCE,
    FORFAIT_DEMI_JOURNEE,
    FORFAIT_JOURNEE,
    TEMPS_REEL_PLAFONNE,
}
