using Intensif.Partners.Api.Apis;

namespace Intensif.Partners.Api.Infrastructure;

/// <summary>The outcome of a referral transition: done (with the referral), not found for the caller, or found expired.</summary>
public sealed record ReferralDecision(ReferralResponse? Referral, bool IsNotFound, bool IsExpired)
{
    public static readonly ReferralDecision NotFound = new(null, true, false);
    public static readonly ReferralDecision Expired = new(null, false, true);
    public static ReferralDecision Done(ReferralResponse referral) => new(referral, false, false);
}
