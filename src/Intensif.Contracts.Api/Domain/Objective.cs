namespace Intensif.Contracts.Api.Domain;

/// <summary>An objective of the plan in one of the three tables (§3.8), possibly aimed at a barrier of the diagnostic.</summary>
public sealed record Objective(
    string Code, string Label, ObjectiveDimension Dimension, ObjectiveStatus Status, DateOnly? TargetDate, BarrierType? LinkedBarrier);
