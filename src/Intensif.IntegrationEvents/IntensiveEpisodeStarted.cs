namespace Intensif.IntegrationEvents;

/// <summary>
/// An accompagnement intensif started for a person: Scheduling plans the weekly programme against the target hours
/// and the référent's interviews; Indicators counts prevalence and duration.
/// </summary>
public sealed record IntensiveEpisodeStarted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid EpisodeId,
    Guid ContractId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    string ReferentId,
    DateOnly StartDate,
    DateOnly PlannedEndDate,
    decimal TargetWeeklyHours) : IIntegrationEvent
{
    /// <summary>EMPLOI, SOCIO_PRO or SOCIAL, from the orientation in force at the start (null before the field existed).</summary>
    public string? Parcours { get; init; }

    /// <summary>Public types of the person at the start (Contracts' codes: RSA, ARE, ASS, JEUNE, RQTH, SANS_ALLOCATION); empty when unknown.</summary>
    public IReadOnlyList<string> Publics { get; init; } = [];

    /// <summary>Age band at the start: "<26", "26-44", "45-54" or "55+" (never the birth date); null when unknown.</summary>
    public string? AgeBand { get; init; }

    /// <summary>§3.1 sex of the person, "F" or "M"; null when not recorded (or before the field existed).</summary>
    public string? Sex { get; init; }

    /// <summary>§3.1 qpv: whether the person lives in a quartier prioritaire de la politique de la ville; null when not recorded.</summary>
    public bool? Qpv { get; init; }

    /// <summary>
    /// SR-07: weeks from the start within which a professional situation (R.5411-15 family 1°) must be planned, from the
    /// organisme's LocalPolicy (<c>earlyWorkSituationDeadlineWeeks</c>); null when the policy sets none.
    /// </summary>
    public int? EarlyWorkSituationDeadlineWeeks { get; init; }
}
