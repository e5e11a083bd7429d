namespace Intensif.Scheduling.Api.Domain;

/// <summary>
/// Where an entretien stands. The outcome statuses follow RDV-Insertion's participation statuses
/// (seen / excused / noshow / revoked): HELD, NO_SHOW_JUSTIFIED, NO_SHOW_UNJUSTIFIED, CANCELLED.
/// </summary>
public enum InterviewStatus
{
    SCHEDULED,
    HELD,
    NO_SHOW_JUSTIFIED,
    NO_SHOW_UNJUSTIFIED,
    CANCELLED,
}
