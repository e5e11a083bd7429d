namespace Intensif.Scheduling.Api.Domain;

/// <summary>Why a closed week's realised hours are below its target (§3.11 <c>gapReason</c>).</summary>
public enum GapReason
{
    NONE,
    ILLNESS,
    JUSTIFIED_ABSENCE,
    PROVIDER_CANCELLATION,
    UNJUSTIFIED_ABSENCE,
    OTHER,
}
