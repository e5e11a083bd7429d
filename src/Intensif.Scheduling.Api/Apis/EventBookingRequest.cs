using System.ComponentModel.DataAnnotations;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>The person (pseudonymous id, one the référent follows) to book into a collective session.</summary>
public sealed record EventBookingRequest
{
    [Required] public Guid? BeneficiaryId { get; init; }
}
