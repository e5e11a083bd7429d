namespace Intensif.Scheduling.Api.Domain;

/// <summary>What an attendance record says: done, or absent with or without a legitimate reason.</summary>
public enum AttendanceOutcome
{
    DONE,
    ABSENT_JUSTIFIED,
    ABSENT_UNJUSTIFIED,
}
