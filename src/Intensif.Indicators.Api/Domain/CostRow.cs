namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// Costing for one group (a pseudonymous beneficiary, a contract, a partner structure, a funder or a month): realised
/// hours, of which costed (an hourly cost was known on the activity's day) and uncosted, and the cost of the costed
/// hours in euros (rounded to the cent).
/// </summary>
public sealed record CostRow(string Key, decimal RealisedHours, decimal CostedHours, decimal UncostedHours, decimal Cost);
