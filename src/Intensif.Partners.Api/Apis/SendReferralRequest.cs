using System.ComponentModel.DataAnnotations;
using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

/// <summary>Only what the action needs about the person; the consent must be recorded (true), or the referral is refused.</summary>
public sealed record SendReferralRequest
{
    [Required] public Guid? SessionId { get; init; }
    /// <summary>The pseudonymous id of the person in Intensif.</summary>
    [Required] public Guid? BeneficiaryId { get; init; }
    /// <summary>How the structure addresses the person, e.g. "Samir B.".</summary>
    [Required, StringLength(120, MinimumLength = 2)] public string? PersonName { get; init; }
    [StringLength(200)] public string? PersonContact { get; init; }
    [StringLength(500)] public string? AccessibilityNeeds { get; init; }
    [StringLength(1000)] public string? Motive { get; init; }
    /// <summary>The person agreed to these data being sent to the structure.</summary>
    [Required] public bool? ConsentGiven { get; init; }

    public ReferredPerson ToPerson() => new(BeneficiaryId!.Value, PersonName!, PersonContact, AccessibilityNeeds);
}
