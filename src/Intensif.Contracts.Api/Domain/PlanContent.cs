namespace Intensif.Contracts.Api.Domain;

/// <summary>The plan d'action as the référent now writes it (§3.7); <c>WorkFirstJustification</c> waives SR-07 in the SOCIAL parcours.</summary>
public sealed record PlanContent(IReadOnlyList<Objective> Objectives, IReadOnlyList<PlannedAction> Actions, string? WorkFirstJustification);
