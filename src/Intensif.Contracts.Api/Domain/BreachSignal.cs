namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// A fact from Scheduling that may become evidence of a breach (SR-11): a missed entretien (<see cref="EvidenceKind.INTERVIEW"/>,
/// referenced by the interview id) or a closed week (<see cref="EvidenceKind.WEEKLY_PROGRAMME"/>, referenced by its ISO
/// week). One per (person, kind, reference): an event delivered twice, or published again, never counts twice.
/// Once used as the evidence of a proposed file it belongs to that file and is never counted again.
/// </summary>
public sealed class BreachSignal
{
    public Guid Id { get; private set; }
    /// <summary>The pseudonymous id the other services know the person by.</summary>
    public Guid PseudonymousBeneficiaryId { get; private set; }
    public string OrganismeId { get; private set; } = "";
    public EvidenceKind Kind { get; private set; }
    public string Reference { get; private set; } = "";
    /// <summary>The interview's date, or the week's Monday.</summary>
    public DateOnly On { get; private set; }
    /// <summary>No motif légitime was recorded (BR-26): an unjustified absence, or a gap with no reason or an unjustified one.</summary>
    public bool Unexcused { get; private set; }
    public decimal? TargetHours { get; private set; }
    public decimal? RealisedHours { get; private set; }
    public string Summary { get; private set; } = "";
    public Guid? BreachFileId { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }

    private BreachSignal() { }

    /// <summary>Gap reasons that are no motif légitime: none given, or an unjustified absence.</summary>
    public static readonly IReadOnlySet<string> UnexcusedGapReasons = new HashSet<string> { "NONE", "UNJUSTIFIED_ABSENCE" };

    public static BreachSignal MissedInterview(Guid pseudonymousId, string organismeId, Guid interviewId, DateTimeOffset scheduledAt,
        string type, bool justified, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), PseudonymousBeneficiaryId = pseudonymousId, OrganismeId = organismeId, Kind = EvidenceKind.INTERVIEW,
        Reference = interviewId.ToString(), On = DateOnly.FromDateTime(scheduledAt.UtcDateTime), Unexcused = !justified,
        Summary = $"Entretien {type} du {scheduledAt.UtcDateTime:yyyy-MM-dd} manqué{(justified ? " (justifié)" : " sans justification")}",
        ReceivedAt = now,
    };

    public static BreachSignal ClosedWeek(Guid pseudonymousId, string organismeId, string isoWeek, DateOnly weekStart, decimal targetHours,
        decimal realisedHours, string gapReason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), PseudonymousBeneficiaryId = pseudonymousId, OrganismeId = organismeId, Kind = EvidenceKind.WEEKLY_PROGRAMME,
        Reference = isoWeek, On = weekStart, Unexcused = UnexcusedGapReasons.Contains(gapReason), TargetHours = targetHours,
        RealisedHours = realisedHours, Summary = $"{realisedHours:0.#} h réalisées sur {targetHours:0.#} h, écart : {gapReason}", ReceivedAt = now,
    };

    /// <summary>The evidence this fact gives a breach file.</summary>
    public BreachEvidence ToEvidence() => new(Kind, Reference, Summary);

    /// <summary>The fact became evidence of this file: it is never counted again.</summary>
    public void AttachTo(Guid breachFileId) => BreachFileId = breachFileId;
}
