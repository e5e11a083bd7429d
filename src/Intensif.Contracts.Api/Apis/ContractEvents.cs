using Intensif.Contracts.Api.Domain;
using Intensif.IntegrationEvents;

namespace Intensif.Contracts.Api.Apis;

/// <summary>Builds the integration events of the Contracts service: pseudonymous ids and codes, never names.</summary>
public static class ContractEvents
{
    public static ContractAmended Amended(Contract c, Beneficiary b, ContractVersion v, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, c.Id, c.OrganismeId, b.Territory, b.PseudonymousId, v.Number, v.Change.ToString(),
        c.Status.ToString(), c.Regime.ToString(), c.TargetWeeklyHours);

    public static ContractClosed Closed(Contract c, Beneficiary b, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, c.Id, c.OrganismeId, b.Territory, b.PseudonymousId, c.ClosedOn!.Value, c.ClosureReason!.Value.ToString());

    /// <summary>
    /// With the parcours of the orientation in force, the person's publics, age band, sex and QPV residence at the start, and the SR-07
    /// deadline of the organisme's policy (Scheduling and Indicators break down and check with them).
    /// </summary>
    public static IntensiveEpisodeStarted Started(IntensiveEpisode e, Contract c, Beneficiary b, Orientation? inForce, LocalPolicy policy, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, e.Id, c.Id, c.OrganismeId, b.Territory, b.PseudonymousId, e.ReferentId, e.StartDate, e.PlannedEndDate, c.TargetWeeklyHours)
    {
        Parcours = inForce?.Parcours.ToString(),
        Publics = Publics(b),
        AgeBand = Domain.AgeBand.At(b.BirthDate, e.StartDate),
        Sex = b.Sex?.ToString(),
        Qpv = b.Qpv,
        EarlyWorkSituationDeadlineWeeks = policy.EarlyWorkSituationDeadlineWeeks,
    };

    /// <summary>With the orientation in force (its parcours and the notification that started the BR-09 clock) and the person's publics, sex and QPV residence.</summary>
    public static ContractSigned Signed(Contract c, Beneficiary b, Orientation? inForce, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, c.Id, c.OrganismeId, b.Territory, b.PseudonymousId, c.SignedOn!.Value)
    {
        Parcours = inForce?.Parcours.ToString(),
        OrientationNotifiedOn = inForce?.NotificationDate,
        Publics = Publics(b),
        Sex = b.Sex?.ToString(),
        Qpv = b.Qpv,
    };

    /// <summary>An orientation or réorientation (§3.2), scoped to the organisme that records it and the person's territory.</summary>
    public static OrientationDecided OrientationDecided(Orientation o, Beneficiary b, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, o.Id, o.OrganismeId, b.Territory, b.PseudonymousId, o.DecidedBy.ToString(), o.Parcours.ToString(),
        o.DecisionDate, o.NotificationDate, o.IsReorientation, o.RsaRequestDate);

    public static IntensiveEpisodeExtended Extended(IntensiveEpisode e, Beneficiary b, DateOnly previousEnd, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, e.Id, e.ContractId, e.OrganismeId, b.Territory, b.PseudonymousId, previousEnd, e.PlannedEndDate, e.ExtensionCount);

    public static IntensiveEpisodeEnded Ended(IntensiveEpisode e, Beneficiary b, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, e.Id, e.ContractId, e.OrganismeId, b.Territory, b.PseudonymousId, e.StartDate, e.EndedOn!.Value,
        e.ExitType!.Value.ToString(), e.BarriersAtExit.Select(r => $"{r.Type}:{r.Level}").ToArray());

    /// <summary>An employment outcome for I4: kind, start, length, durability and source; never the employer's SIRET nor the ROME code.</summary>
    public static EmploymentOutcomeRecorded OutcomeRecorded(EmploymentOutcome o, Beneficiary b, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, o.Id, o.OrganismeId, b.Territory, b.PseudonymousId, o.ContractId, o.EpisodeId, o.ContractKind.ToString(),
        o.StartDate, o.DurationMonths, o.WeeklyHours, o.Durable, o.Source.ToString());

    /// <summary>A follow-up check of an exit that found no job (I4 tells "no employment found" from "not checked").</summary>
    public static FollowUpCheckRecorded FollowUpCheckRecorded(FollowUpCheckRecord c, Beneficiary b, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, c.Id, c.OrganismeId, b.Territory, b.PseudonymousId, c.ContractId, c.EpisodeId, c.Check.ToString(),
        c.CheckedOn, c.Result.ToString());

    /// <summary>The publics as Contracts codes them (RSA, ARE, ASS, JEUNE, RQTH, SANS_ALLOCATION).</summary>
    private static string[] Publics(Beneficiary b) => b.Publics.Select(p => p.ToString()).ToArray();

    public static ReferentChanged ReferentChanged(ReferentChange r, Beneficiary b, Guid? contractId, bool inEpisode, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, r.OrganismeId, b.Territory, b.PseudonymousId, contractId, r.FromReferentId, r.ToReferentId,
        r.Reason.ToString(), r.EffectiveDate, inEpisode);
}
