namespace Intensif.IntegrationEvents;

/// <summary>
/// A follow-up check of an exit (§3.17 followUpChecks) found no job: the person was reached without employment
/// (NO_EMPLOYMENT) or could not be reached (UNREACHABLE). A check that finds a job is an EmploymentOutcomeRecorded
/// instead. <c>Check</c> is FOLLOW_UP_3_MONTHS, FOLLOW_UP_6_MONTHS or FOLLOW_UP_12_MONTHS, <c>Result</c> NO_EMPLOYMENT or
/// UNREACHABLE. Indicators tells with it "no employment found" from "not checked" (I4).
/// </summary>
public sealed record FollowUpCheckRecorded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CheckId,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    Guid ContractId,
    Guid EpisodeId,
    string Check,
    DateOnly CheckedOn,
    string Result) : IIntegrationEvent;
