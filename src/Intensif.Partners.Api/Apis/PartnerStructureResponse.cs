using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

public sealed record PartnerStructureResponse(
    Guid Id, string Name, string Siret, string Type, string? DataInclusionNetwork,
    IReadOnlyList<string> Territories, IReadOnlyList<string> Themes,
    IReadOnlyList<StructureContact> Contacts, IReadOnlyList<PartnerConvention> Conventions,
    bool Qualiopi, bool PmsmpPrescriptionDelegation, bool DataSharingAgreementSigned,
    DateTimeOffset RegisteredAt, DateTimeOffset UpdatedAt)
{
    public static PartnerStructureResponse From(PartnerStructure s) => new(
        s.Id, s.Name, s.Siret, s.Type, StructureTypes.DataInclusionNetwork(s.Type), s.Territories, s.Themes, s.Contacts, s.Conventions,
        s.Qualiopi, s.PmsmpPrescriptionDelegation, s.DataSharingAgreementSigned, s.RegisteredAt, s.UpdatedAt);
}
