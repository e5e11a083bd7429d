namespace Intensif.Contracts.Api.Domain;

/// <summary>The three parcours an orientation decides (BR-32, arrêté of 21 Nov 2024).</summary>
public enum Parcours
{
    EMPLOI,
    SOCIO_PRO,
    SOCIAL,
}
