namespace Intensif.Scheduling.Api.Domain;

/// <summary>Something the référent should act on for one person: a stable <c>Code</c> and a sentence saying why.</summary>
public sealed record ReferentAlert(string Code, Guid BeneficiaryId, Guid EpisodeId, string Detail);
