namespace Intensif.Contracts.Api.Domain;

/// <summary>Where an objective of the plan stands (§3.8).</summary>
public enum ObjectiveStatus
{
    NOT_STARTED,
    IN_PROGRESS,
    REACHED,
    ABANDONED,
}
