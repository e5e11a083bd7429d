namespace Intensif.Contracts.Api.Domain;

/// <summary>The opinion of the équipe pluridisciplinaire before an RSA sanction (BR-30, L.262-37).</summary>
public enum EpOpinion
{
    SANCTION,
    NO_SANCTION,
}
