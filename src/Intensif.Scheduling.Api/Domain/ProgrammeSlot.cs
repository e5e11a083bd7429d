namespace Intensif.Scheduling.Api.Domain;

/// <summary>Whose programme, and when: the person in their intensive episode, followed by a référent of an organisme.</summary>
public sealed record ProgrammeSlot(
    string OrganismeId, string ReferentId, Guid BeneficiaryId, Guid EpisodeId, string Territory, DateTimeOffset Start, DateTimeOffset End);
