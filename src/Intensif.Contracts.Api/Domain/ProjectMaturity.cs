namespace Intensif.Contracts.Api.Domain;

/// <summary>How far the professional project is (§3.5 projectMaturity: défini / à construire / à valider).</summary>
public enum ProjectMaturity
{
    DEFINI,
    A_CONSTRUIRE,
    A_VALIDER,
}
