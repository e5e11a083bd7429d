namespace Intensif.IntegrationEvents;

/// <summary>What an hour of a catalogue activity costs over a validity period (ValidTo inclusive, open when null).</summary>
public sealed record ActivityHourlyCost(decimal EurosPerHour, DateOnly ValidFrom, DateOnly? ValidTo);
