namespace Intensif.Partners.Api.Domain;

public enum CoAccompanimentStatus
{
    ACTIVE,
    ENDED,
}
