using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>A person's declaration of an autonomous activity and the référent's decision (the DONE assignment once validated).</summary>
public sealed record DeclarationResponse(
    Guid Id, Guid BeneficiaryId, string EntryCode, DateTimeOffset Start, DateTimeOffset End, string Week, string ProofReference, string? Comment,
    DeclarationStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt, string? RejectionReason, Guid? AssignmentId)
{
    public static DeclarationResponse From(BeneficiaryDeclaration d) =>
        new(d.Id, d.BeneficiaryId, d.EntryCode, d.Start, d.End, d.Week, d.ProofReference, d.Comment, d.Status, d.CreatedAt, d.DecidedAt,
            d.RejectionReason, d.AssignmentId);
}
