namespace Intensif.Partners.Api.Domain;

/// <summary>What a structure says about itself; everything but its SIRET, which identifies it and never changes.</summary>
public sealed record StructureProfile(
    string Name,
    string Type,
    IReadOnlyList<string> Territories,
    IReadOnlyList<string> Themes,
    IReadOnlyList<StructureContact> Contacts,
    IReadOnlyList<PartnerConvention> Conventions,
    bool Qualiopi,
    bool PmsmpPrescriptionDelegation,
    bool DataSharingAgreementSigned);
