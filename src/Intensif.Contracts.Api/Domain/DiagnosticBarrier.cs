namespace Intensif.Contracts.Api.Domain;

/// <summary>
/// A barrier (frein) of the diagnostic global rated FORT / MOYEN / SANS_IMPACT (BR-32), with a short free text; a
/// restricted text is read only by its author and the person's référent (§2.2).
/// </summary>
public sealed record DiagnosticBarrier(BarrierType Type, BarrierLevel Level, string? Evidence, bool Restricted)
{
    /// <summary>§2.2: health and justice details are sensitive (RGPD art. 9): their free text is always restricted.</summary>
    public static bool AlwaysRestricted(BarrierType type) => type is BarrierType.SANTE or BarrierType.JUSTICE;
}
