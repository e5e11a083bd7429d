namespace Intensif.Partners.Api.Apis;

/// <summary>The whole profile of a structure, replacing the previous one (the SIRET does not change).</summary>
public sealed record UpdateStructureRequest : StructureProfileRequest;
