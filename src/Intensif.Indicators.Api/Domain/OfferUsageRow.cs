namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// O5 for one period and one catalogue entry or partner: seats offered (non-cancelled sessions, territory scope
/// only), bookings of partner sessions, attended (DONE), absences, and the no-show rate (unjustified absences over
/// recorded attendances). Masked rows hide every person count.
/// </summary>
public sealed record OfferUsageRow(string Period, string Key, int? SeatsOffered, int? Booked, int? Attended, int? Absent, decimal? NoShowRate, bool Masked = false);
