namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// What the same beneficiary was already credited for the same entry: this ISO week, and over the whole
/// accompaniment (for total caps such as the 24 h of a bilan de compétences). The caller keeps that ledger.
/// </summary>
public sealed record CreditedSoFar(decimal HoursThisWeek = 0, int OccurrencesThisWeek = 0, decimal HoursInTotal = 0)
{
    public static readonly CreditedSoFar Nothing = new();
}
