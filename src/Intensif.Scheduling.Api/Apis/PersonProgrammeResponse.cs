namespace Intensif.Scheduling.Api.Apis;

/// <summary>What the person sees through their access link: this week and the next (when in an episode), and their own declarations.</summary>
public sealed record PersonProgrammeResponse(DateOnly Today, IReadOnlyList<PersonWeek> Weeks, IReadOnlyList<DeclarationResponse> Declarations);
