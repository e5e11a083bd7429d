namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// An action of the plan (§3.7): a catalogue entry (fichier métier) or a free action, its R.5411-15 family (1°–6°,
/// BR-06), its supervision (BR-07) and the hours it is valued at each week (BR-17).
/// </summary>
public sealed record PlannedAction(
    Guid Id, string? CatalogueCode, string Label, int Family, Supervision Supervision, decimal WeeklyHours,
    DateOnly StartDate, DateOnly? EndDate, string? ObjectiveCode)
{
    /// <summary>R.5411-15 1°: mise en situation professionnelle (PMSMP, job trial, IAE, short contract).</summary>
    public const int ProfessionalPlacementFamily = 1;
}
