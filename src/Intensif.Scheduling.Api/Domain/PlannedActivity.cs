namespace Intensif.Scheduling.Api.Domain;

/// <summary>What is planned: an entry of the fichier métier (in a partner's session, or autonomous) and its valued hours.</summary>
public sealed record PlannedActivity(string EntryCode, Guid? SessionId, Guid? StructureId, decimal PlannedHours, string? Supervision);
