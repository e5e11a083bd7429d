namespace Intensif.Catalogue.Api.Domain;

/// <summary>
/// One realised occurrence of an activity. <see cref="Units"/> counts the half-days (FORFAIT_DEMI_JOURNEE) or days
/// (FORFAIT_JOURNEE) it covers; <see cref="ActualHours"/> is the time spent, needed for capped real time.
/// </summary>
public sealed record Occurrence(int Units = 1, decimal? ActualHours = null);
