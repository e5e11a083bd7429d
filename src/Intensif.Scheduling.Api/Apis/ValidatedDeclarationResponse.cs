namespace Intensif.Scheduling.Api.Apis;

/// <summary>A validated declaration and the DONE autonomous assignment it put in the programme.</summary>
public sealed record ValidatedDeclarationResponse(DeclarationResponse Declaration, AssignmentResponse Assignment);
