namespace Intensif.Partners.Api.Domain;

public enum SessionStatus
{
    SCHEDULED,
    CANCELLED,
}
