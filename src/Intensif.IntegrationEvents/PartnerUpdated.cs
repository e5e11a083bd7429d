namespace Intensif.IntegrationEvents;

/// <summary>A partner structure changed its profile (name, type, territories, themes, agreements).</summary>
public sealed record PartnerUpdated(
    Guid EventId, DateTimeOffset OccurredAt, Guid StructureId, string Name, string Type,
    IReadOnlyList<string> Territories, IReadOnlyList<string> Themes,
    bool Qualiopi, bool PmsmpPrescriptionDelegation, bool DataSharingAgreementSigned) : IIntegrationEvent
{
    /// <summary>The structure's SIRET (it never changes), for open data.</summary>
    public string? Siret { get; init; }
}
