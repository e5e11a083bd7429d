namespace Intensif.Scheduling.Api.Domain;

/// <summary>A seat in a partner's dated session, or an activity of the fichier métier the person does on their own.</summary>
public enum AssignmentKind
{
    SESSION,
    AUTONOMOUS,
}
