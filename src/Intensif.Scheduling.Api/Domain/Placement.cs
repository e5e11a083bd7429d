namespace Intensif.Scheduling.Api.Domain;

/// <summary>What placing a waitlisted booking gave: the assignment created (none for a professional), or why it could not be placed.</summary>
public sealed record Placement(Guid? AssignmentId, string? Refusal)
{
    public static Placement Placed(Guid? assignmentId) => new(assignmentId, null);
    public static Placement Refused(string reason) => new(null, reason);
}
