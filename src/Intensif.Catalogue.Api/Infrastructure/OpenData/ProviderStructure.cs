namespace Intensif.Catalogue.Api.Infrastructure.OpenData;

/// <summary>
/// The structure a published entry is exported under: its data·inclusion id and the name used while the Partners
/// service has not described it, and the partner structure it stands for, if any.
/// </summary>
public sealed record ProviderStructure(string Id, string Nom, Guid? PartnerStructureId = null);
