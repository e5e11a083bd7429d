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

    public static IntensiveEpisodeStarted Started(IntensiveEpisode e, Contract c, Beneficiary b, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, e.Id, c.Id, c.OrganismeId, b.Territory, b.PseudonymousId, e.ReferentId, e.StartDate, e.PlannedEndDate, c.TargetWeeklyHours);

    public static IntensiveEpisodeExtended Extended(IntensiveEpisode e, Beneficiary b, DateOnly previousEnd, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, e.Id, e.ContractId, e.OrganismeId, b.Territory, b.PseudonymousId, previousEnd, e.PlannedEndDate, e.ExtensionCount);

    public static IntensiveEpisodeEnded Ended(IntensiveEpisode e, Beneficiary b, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, e.Id, e.ContractId, e.OrganismeId, b.Territory, b.PseudonymousId, e.StartDate, e.EndedOn!.Value,
        e.ExitType!.Value.ToString(), e.BarriersAtExit.Select(r => $"{r.Type}:{r.Level}").ToArray());

    public static ReferentChanged ReferentChanged(ReferentChange r, Beneficiary b, Guid? contractId, bool inEpisode, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, r.OrganismeId, b.Territory, b.PseudonymousId, contractId, r.FromReferentId, r.ToReferentId,
        r.Reason.ToString(), r.EffectiveDate, inEpisode);
}
