namespace Intensif.Scheduling.Api.Apis;

/// <summary>One activity of the person's week as they see it: what, when, where, its status and hours; never a note.</summary>
public sealed record PersonActivity(
    Guid Id, string Kind, string EntryCode, DateTimeOffset Start, DateTimeOffset End, string? Place, string Status, decimal PlannedHours,
    decimal? RealisedHours, string? DeclaredBy);
