namespace Intensif.Scheduling.Api.Apis;

/// <summary>One ISO week of the person's programme (Europe/Paris): the hours realised against the target, the activities, the entretiens.</summary>
public sealed record PersonWeek(
    string Week, DateTimeOffset Start, DateTimeOffset End, string Status, decimal TargetHours, decimal PlannedHours, decimal RealisedHours,
    IReadOnlyList<PersonActivity> Activities, IReadOnlyList<PersonInterview> Interviews);
