namespace Intensif.Contracts.Api.Domain;

/// <summary>An orientation decision as notified to the person (§3.2).</summary>
public sealed record OrientationDecision(
    OrientationAuthority DecidedBy, DateOnly DecisionDate, DateOnly NotificationDate, Parcours Parcours,
    string OrganismeReferentId, string? Reason, DateOnly? RsaRequestDate);
