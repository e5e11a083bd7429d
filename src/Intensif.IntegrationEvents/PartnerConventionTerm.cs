namespace Intensif.IntegrationEvents;

/// <summary>
/// One funding convention of a partner structure: the funder, the days it covers (inclusive, Europe/Paris calendar
/// days) and the number of places it funds.
/// </summary>
public sealed record PartnerConventionTerm(string Funder, DateOnly From, DateOnly To, int Places);
