using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

public sealed record AssignmentResponse(
    Guid Id, Guid BeneficiaryId, string Week, AssignmentKind Kind, string EntryCode, Guid? SessionId, Guid? StructureId,
    DateTimeOffset PlannedStart, DateTimeOffset PlannedEnd, decimal PlannedHours, string? Supervision, AssignmentStatus Status,
    decimal? RealisedHours, decimal? ActualHours, string? ProofReference, AttendanceSource? DeclaredBy, DateTimeOffset? RecordedAt, int Sequence,
    Guid? ReferralId = null, string? Note = null)
{
    public static AssignmentResponse From(Assignment a) =>
        new(a.Id, a.BeneficiaryId, a.Week, a.Kind, a.EntryCode, a.SessionId, a.StructureId, a.PlannedStart, a.PlannedEnd, a.PlannedHours,
            a.Supervision, a.Status, a.RealisedHours, a.ActualHours, a.ProofReference, a.DeclaredBy, a.RecordedAt, a.Sequence, a.ReferralId, a.Note);
}
