using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record OrientationResponse(
    Guid Id, Guid BeneficiaryId, OrientationAuthority DecidedBy, DateOnly DecisionDate, DateOnly NotificationDate, Parcours Parcours,
    string OrganismeReferentId, bool IsReorientation, Guid? PreviousOrientationId, string? Reason, DateOnly ContractDeadline,
    DateOnly? RsaRequestDate, DateOnly? RsaOrientationDeadline, bool RsaOrientationLate, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static OrientationResponse From(Orientation o) => new(
        o.Id, o.BeneficiaryId, o.DecidedBy, o.DecisionDate, o.NotificationDate, o.Parcours, o.OrganismeReferentId, o.IsReorientation,
        o.PreviousOrientationId, o.Reason, o.ContractDeadline, o.RsaRequestDate, o.RsaOrientationDeadline, o.RsaOrientationLate,
        o.RecordedAt, o.RecordedBy);
}
