namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// What a follow-up check found when it found no job (§3.17 followUpChecks; a check that finds a job is an
/// employment outcome of the check's source instead).
/// </summary>
public enum FollowUpCheckResult
{
    /// <summary>The person was reached and has had no employment since the exit.</summary>
    NO_EMPLOYMENT,
    /// <summary>The person could not be reached: the situation stays unknown.</summary>
    UNREACHABLE,
}
