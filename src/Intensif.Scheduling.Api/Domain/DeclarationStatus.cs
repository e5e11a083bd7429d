namespace Intensif.Scheduling.Api.Domain;

/// <summary>A person's declaration of an autonomous activity: waiting for the référent, validated (it is in the programme, DONE) or rejected.</summary>
public enum DeclarationStatus
{
    PENDING,
    VALIDATED,
    REJECTED,
}
