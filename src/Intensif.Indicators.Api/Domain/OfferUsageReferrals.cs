namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// O5's referral outcomes for one period and key: referrals sent in the period (Europe/Paris), and how many of them
/// the partner accepted (directly or from its waitlist), refused (with the count per reason), let expire, and how many
/// were cancelled (withdrawn by the référent or with their session, accepted before or not); pending ones have had
/// none of these. The acceptance rate is accepted over answered (accepted, refused or expired). Refusal reasons are
/// null when withheld from a comité (a reason given fewer times than the threshold).
/// </summary>
public sealed record OfferUsageReferrals(int Sent, int Accepted, int Refused, int Expired, int Cancelled, int Pending, decimal? AcceptanceRate,
    IReadOnlyList<OfferUsageRefusal>? RefusalReasons);
