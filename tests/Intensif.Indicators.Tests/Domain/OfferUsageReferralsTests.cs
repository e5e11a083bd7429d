using Intensif.Indicators.Api.Domain;

namespace Intensif.Indicators.Tests.Domain;

public sealed class OfferUsageReferralsTests
{
    private static readonly Guid Structure = Guid.NewGuid();

    private static PartnerSession Session(string entry, string theme, string territory)
    {
        var session = PartnerSession.Known(Guid.NewGuid(), Structure, entry, territory);
        session.ApplyPublished(DateTimeOffset.Parse("2026-03-20T09:00:00+01:00"), 12, territory, theme, DateTimeOffset.UtcNow);
        return session;
    }

    private static PartnerReferral Referral(Guid session, string entry, string? sent, Action<PartnerReferral>? outcome = null)
    {
        var referral = PartnerReferral.Known(Guid.NewGuid(), session, Structure, "ft-75");
        outcome?.Invoke(referral);   // the outcome before the Sent: they commute
        if (sent is not null) referral.ApplySent(entry, DateTimeOffset.Parse(sent));
        return referral;
    }

    private static readonly DateTimeOffset Later = DateTimeOffset.Parse("2026-04-15T10:00:00Z");

    private static (PartnerSession[] Sessions, PartnerReferral[] Referrals) Scenario()
    {
        var mobility = Session("EMP-A", "MOBILITE", "75");
        var housing = Session("SOC-B", "LOGEMENT", "92");
        var m = mobility.SessionId;
        PartnerReferral[] referrals =
        [
            Referral(m, "EMP-A", "2026-03-02T09:00:00Z", r => r.ApplyAccepted("EMP-A", Later)),
            Referral(m, "EMP-A", "2026-03-03T09:00:00Z", r => { r.ApplyCancelled(Later.AddDays(1)); r.ApplyAccepted("EMP-A", Later); }),
            Referral(m, "EMP-A", "2026-03-04T09:00:00Z", r => r.ApplyRefused("PUBLIC_NON_ELIGIBLE", Later)),
            Referral(m, "EMP-A", "2026-03-05T09:00:00Z", r => r.ApplyRefused("PERSON_DECLINED", Later)),
            Referral(m, "EMP-A", "2026-03-06T09:00:00Z", r => r.ApplyExpired(Later)),
            Referral(m, "EMP-A", "2026-03-07T09:00:00Z"),                                         // pending
            Referral(m, "EMP-A", "2026-03-08T09:00:00Z", r => r.ApplyCancelled(Later)),          // withdrawn before any answer
            Referral(m, "EMP-A", "2026-03-31T22:30:00Z", r => r.ApplyAccepted("EMP-A", Later)),  // 1 April in Paris
            Referral(m, "EMP-A", null, r => r.ApplyRefused("DUPLICATE", Later)),                 // its Sent has not arrived: waits
            Referral(housing.SessionId, "SOC-B", "2026-03-10T09:00:00Z", r => r.ApplyRefused("PUBLIC_NON_ELIGIBLE", Later)),
            Referral(Guid.NewGuid(), "SOC-C", "2026-03-11T09:00:00Z", r => r.ApplyAccepted("SOC-C", Later)),   // its session's events have not arrived
        ];
        return ([mobility, housing], referrals);
    }

    private static OfferUsageReferrals Outcomes(IReadOnlyList<OfferUsageRow> rows, string period, string key) =>
        rows.Single(r => r.Period == period && r.Key == key).Referrals!;

    private static object Counts(OfferUsageReferrals r) => (r.Sent, r.Accepted, r.Refused, r.Expired, r.Cancelled, r.Pending, r.AcceptanceRate);

    [Fact]
    public void Referrals_count_in_the_month_they_were_sent_with_their_outcomes_and_the_acceptance_rate_over_answered_ones()
    {
        var (sessions, referrals) = Scenario();

        var rows = OfferUsage.Compute(sessions, [], Episodes.Months("2026-03", "2026-04"), "entry", seatsOffered: false, referrals: referrals);

        // EMP-A in March: 7 sent; 2 accepted (one cancelled after), 2 refused, 1 expired → 2 / 5 answered; 1 withdrawn, 1 pending
        Assert.Equal((7, 2, 2, 1, 2, 1, (decimal?)40.0m), Counts(Outcomes(rows, "2026-03", "EMP-A")));
        Assert.Equal([new OfferUsageRefusal("PERSON_DECLINED", 1), new OfferUsageRefusal("PUBLIC_NON_ELIGIBLE", 1)],
            Outcomes(rows, "2026-03", "EMP-A").RefusalReasons!);
        Assert.Equal((1, 1, 0, 0, 0, 0, (decimal?)100.0m), Counts(Outcomes(rows, "2026-04", "EMP-A")));
        Assert.Equal((1, 0, 1, 0, 0, 0, (decimal?)0.0m), Counts(Outcomes(rows, "2026-03", "SOC-B")));
        Assert.Equal((0, 0, 0, 0, 0, 0, (decimal?)null), Counts(Outcomes(rows, "2026-04", "SOC-B")));
        Assert.Equal((1, 1, 0, 0, 0, 0, (decimal?)100.0m), Counts(Outcomes(rows, "2026-03", "SOC-C")));
        Assert.Equal(["EMP-A", "SOC-B", "SOC-C"], rows.Select(r => r.Key).Distinct());
    }

    [Fact]
    public void Referrals_by_theme_territory_or_partner_take_their_session_s_and_an_unknown_session_apart()
    {
        var (sessions, referrals) = Scenario();
        var march = Episodes.Months("2026-03", "2026-03");

        var byTheme = OfferUsage.Compute(sessions, [], march, "theme", seatsOffered: false, referrals: referrals);
        var byTerritory = OfferUsage.Compute(sessions, [], march, "territory", seatsOffered: false, referrals: referrals);
        var byPartner = OfferUsage.Compute(sessions, [], march, "partner", seatsOffered: false, referrals: referrals);

        Assert.Equal([("LOGEMENT", 1), ("MOBILITE", 7), ("UNKNOWN", 1)], byTheme.Select(r => (r.Key, r.Referrals!.Sent)));
        Assert.Equal([("75", 7), ("92", 1), ("UNKNOWN", 1)], byTerritory.Select(r => (r.Key, r.Referrals!.Sent)));
        Assert.Equal([(Structure.ToString(), 9, 3)], byPartner.Select(r => (r.Key, r.Referrals!.Sent, r.Referrals.Accepted)));
    }

    [Fact]
    public void For_a_comite_a_row_with_few_referrals_is_masked_and_reasons_given_fewer_times_than_the_threshold_are_withheld()
    {
        var (sessions, referrals) = Scenario();
        var rows = OfferUsage.Compute(sessions, [], Episodes.Months("2026-03", "2026-03"), "entry", referrals: referrals);

        var masked = OfferUsage.Mask(rows, threshold: 5);

        var mobility = masked.Single(r => r.Key == "EMP-A");
        Assert.Equal((false, 7, (IReadOnlyList<OfferUsageRefusal>?)null), (mobility.Masked, mobility.Referrals!.Sent, mobility.Referrals.RefusalReasons));
        var housing = masked.Single(r => r.Key == "SOC-B");
        Assert.Equal((true, 12, (int?)null, (OfferUsageReferrals?)null), (housing.Masked, housing.SeatsOffered, housing.Booked, housing.Referrals));
        Assert.NotNull(OfferUsage.Mask(rows, threshold: 1).Single(r => r.Key == "EMP-A").Referrals!.RefusalReasons);
    }
}
