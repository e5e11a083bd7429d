namespace Intensif.IntegrationEvents;

/// <summary>
/// A person was handed over to another référent (passation). Scheduling moves the interviews and keeps their count
/// (SR-10); <c>InIntensiveEpisode</c> tells whether a portfolio slot moved with the person.
/// </summary>
public sealed record ReferentChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string OrganismeId,
    string Territory,
    Guid PseudonymousBeneficiaryId,
    Guid? ContractId,
    string FromReferentId,
    string ToReferentId,
    string Reason,
    DateOnly EffectiveDate,
    bool InIntensiveEpisode) : IIntegrationEvent;
