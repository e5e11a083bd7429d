namespace Intensif.Partners.Api.Domain;

/// <summary>The life cycle of a referral (orientation); see docs/partners.md.</summary>
public enum ReferralStatus
{
    PENDING,
    ACCEPTED,
    WAITLISTED,
    REFUSED,
    EXPIRED,
    CANCELLED,
}
