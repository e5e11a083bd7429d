namespace Intensif.Partners.Api.Domain;

/// <summary>What the référent says when attaching a partner: role, period, the person as the partner needs them, consent.</summary>
public sealed record CoAccompanimentPlan(
    string Role, DateOnly StartsOn, DateOnly EndsOn, string? Objective, string PersonName, string? PersonContact, bool ConsentGiven);
