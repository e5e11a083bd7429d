using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>A person whose contract was not signed within a month of the orientation's notification (SR-08).</summary>
public sealed record OverdueContractResponse(
    Guid BeneficiaryId, string ReferentId, Guid OrientationId, Parcours Parcours, DateOnly NotificationDate, DateOnly ContractDeadline,
    int DaysOverdue);
