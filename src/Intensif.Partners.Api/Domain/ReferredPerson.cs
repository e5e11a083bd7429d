namespace Intensif.Partners.Api.Domain;

/// <summary>
/// Only what the action needs about the person (§2.2: name, contact, accessibility needs), next to the pseudonymous
/// id the platform knows them by. No diagnostic, no health detail (SR-14).
/// </summary>
public sealed record ReferredPerson(Guid BeneficiaryId, string DisplayName, string? Contact, string? AccessibilityNeeds);
