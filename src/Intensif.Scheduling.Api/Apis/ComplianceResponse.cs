namespace Intensif.Scheduling.Api.Apis;

/// <summary>A référent's month against SR-02, one row per person they follow.</summary>
public sealed record ComplianceResponse(string Month, IReadOnlyList<PersonCompliance> People);
