using Intensif.Indicators.Api.Infrastructure;

namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// A breach file (§3.16) as O6 counts it: opened, possibly decided (measure, rate, household cap), possibly lifted. Each event
/// fills its own part, so they commute. Codes only, pseudonymous.
/// </summary>
public sealed class BreachFile : IFeedsIndicators
{
    public Guid BreachFileId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public string Territory { get; private set; } = "";
    public Guid BeneficiaryId { get; private set; }
    public string? BreachType { get; private set; }
    public DateOnly? DetectedOn { get; private set; }
    public DateOnly? DecisionDate { get; private set; }
    public string? Measure { get; private set; }
    public int? RatePercent { get; private set; }
    /// <summary>Whether the RSA household cap applied to the decision (BR-29); null when not known (decided before it was projected).</summary>
    public bool? HouseholdCapApplied { get; private set; }
    public DateOnly? LiftedOn { get; private set; }
    public string? LiftReason { get; private set; }

    private BreachFile() { }

    public static BreachFile Known(Guid breachFileId, string organismeId, string territory, Guid beneficiaryId) =>
        new() { BreachFileId = breachFileId, OrganismeId = organismeId, Territory = territory, BeneficiaryId = beneficiaryId };

    public void ApplyOpened(string breachType, DateOnly detectedOn) => (BreachType, DetectedOn) = (breachType, detectedOn);

    public void ApplyDecided(DateOnly decisionDate, string measure, int ratePercent, bool householdCapApplied) =>
        (DecisionDate, Measure, RatePercent, HouseholdCapApplied) = (decisionDate, measure, ratePercent, householdCapApplied);

    public void ApplyLifted(DateOnly liftedOn, string reason) => (LiftedOn, LiftReason) = (liftedOn, reason);

    /// <summary>Figures it feeds: the periods of its detection, decision and lifting.</summary>
    public IEnumerable<FiguresTouched> FiguresFed() => new[] { DetectedOn, DecisionDate, LiftedOn }.OfType<DateOnly>().Select(day => FiguresTouched.Day(OrganismeId, Territory, day));
}
