namespace Intensif.Scheduling.Api.Catalogue;

/// <summary>
/// One occurrence to value and what the person was already credited for that entry (POST /api/catalogue/valuations):
/// the programme is the ledger the catalogue does not keep.
/// </summary>
public sealed record ValuationQuery(
    string EntryCode, int? Units, decimal? ActualHours, decimal HoursAlreadyThisWeek, int OccurrencesAlreadyThisWeek, decimal HoursAlreadyInTotal,
    string Territory);
