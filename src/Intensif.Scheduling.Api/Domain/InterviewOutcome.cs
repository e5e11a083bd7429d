namespace Intensif.Scheduling.Api.Domain;

/// <summary>What happened at a past entretien (domain reference §3.12: <c>held</c>, <c>noShowJustified</c>).</summary>
public enum InterviewOutcome
{
    HELD,
    NO_SHOW_JUSTIFIED,
    NO_SHOW_UNJUSTIFIED,
}
