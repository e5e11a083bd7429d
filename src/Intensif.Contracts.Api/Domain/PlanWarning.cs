namespace Intensif.Contracts.Api.Domain;

/// <summary>A warning on a plan: it informs the référent and blocks nothing.</summary>
public sealed record PlanWarning(string Code, string Message);
