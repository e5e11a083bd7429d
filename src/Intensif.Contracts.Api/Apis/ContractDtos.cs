using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

public sealed record SignContractRequest
{
    [Required] public Guid? BeneficiaryId { get; init; }
    /// <summary>Date of signature (yyyy-MM-dd); today when omitted.</summary>
    public DateOnly? SignedOn { get; init; }
}

public sealed record ContractResponse(
    Guid Id, Guid BeneficiaryId, string OrganismeId, string ReferentId, ContractStatus Status, DateOnly SignedOn, DateTimeOffset CreatedAt)
{
    public static ContractResponse From(Contract c) => new(c.Id, c.BeneficiaryId, c.OrganismeId, c.ReferentId, c.Status, c.SignedOn, c.CreatedAt);
}
