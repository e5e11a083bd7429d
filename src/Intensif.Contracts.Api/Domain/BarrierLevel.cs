namespace Intensif.Contracts.Api.Domain;

/// <summary>How much a barrier weighs (BR-32: FORT / MOYEN / SANS_IMPACT).</summary>
public enum BarrierLevel
{
    FORT,
    MOYEN,
    SANS_IMPACT,
}
