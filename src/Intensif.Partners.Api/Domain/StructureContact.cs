namespace Intensif.Partners.Api.Domain;

/// <summary>A person référents can reach at the structure.</summary>
public sealed record StructureContact(string Name, string? Role, string? Email, string? Phone);
