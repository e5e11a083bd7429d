namespace Intensif.Partners.Api.Domain;

/// <summary>Configuration <c>Partners:Referrals</c>: the partner's response delay and the refusal reasons (LOCAL values).</summary>
public sealed class ReferralOptions
{
    public const string Section = "Partners:Referrals";

    /// <summary>Les emplois-like refusal reasons, used when the configuration names none.</summary>
    public static readonly IReadOnlyList<string> DefaultRefusalReasons =
        ["PUBLIC_NON_ELIGIBLE", "PREREQUISITES_MISSING", "PERSON_UNREACHABLE", "PERSON_DECLINED", "NO_LONGER_AVAILABLE", "DUPLICATE", "OTHER"];

    /// <summary>Days a partner has to answer a referral before it expires (DORA's processing link lasts 8 days).</summary>
    public int ExpiryDays { get; set; } = 8;

    public string[]? RefusalReasons { get; set; }

    /// <summary>How often the background sweep writes the expiries down and publishes ReferralExpired.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    public IReadOnlyList<string> EffectiveRefusalReasons => RefusalReasons is { Length: > 0 } reasons ? reasons : DefaultRefusalReasons;

    public TimeSpan ResponseDelay => TimeSpan.FromDays(ExpiryDays);
}
