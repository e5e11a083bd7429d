using Intensif.Contracts.Api.Domain;
using Intensif.IntegrationEvents;

namespace Intensif.Contracts.Api.Apis;

/// <summary>The breach and sanction events: codes, dates and rates with a pseudonymous id, never names or evidence text.</summary>
public static class SanctionEvents
{
    public static BreachFileOpened Opened(BreachFile f, Beneficiary b, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, f.Id, f.OrganismeId, b.Territory, b.PseudonymousId, f.Benefit.ToString(), f.BreachType.ToString(),
        f.DetectedOn, f.Evidence.Count);

    public static SanctionDecided Decided(BreachFile f, Beneficiary b, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, f.Id, f.OrganismeId, b.Territory, b.PseudonymousId, f.Benefit.ToString(), f.DecisionAuthority!.Value.ToString(),
        f.DecisionDate!.Value, f.Rank!.Value.ToString(), f.Measure!.Value.ToString(), f.RatePercent!.Value, f.DurationMonths!.Value,
        f.SanctionEndsOn!.Value, f.HouseholdCapApplied);

    public static SanctionLifted Lifted(BreachFile f, Beneficiary b, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), now, f.Id, f.OrganismeId, b.Territory, b.PseudonymousId, f.LiftedOn!.Value, f.LiftReason!.Value.ToString(),
        f.AmountsRepaid!.Value);
}
