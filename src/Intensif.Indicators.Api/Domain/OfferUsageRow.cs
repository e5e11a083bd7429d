namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// O5 for one period and one catalogue entry, partner, theme or territory: seats offered (non-cancelled sessions,
/// territory scope only), bookings of partner sessions, attended (DONE), absences, the no-show rate (unjustified
/// absences over recorded attendances) and the outcomes of the referrals sent in the period (null when not computed,
/// or masked). Masked rows hide every person count.
/// </summary>
public sealed record OfferUsageRow(string Period, string Key, int? SeatsOffered, int? Booked, int? Attended, int? Absent, decimal? NoShowRate,
    bool Masked = false, OfferUsageReferrals? Referrals = null);
