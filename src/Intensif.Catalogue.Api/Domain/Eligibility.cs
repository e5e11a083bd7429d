namespace Intensif.Catalogue.Api.Domain;

/// <summary>Who may take part: data·inclusion publics, ages, prerequisites and whether a prescription is needed.</summary>
public sealed record Eligibility
{
    public static readonly Eligibility Everyone = new();

    public IReadOnlyList<string> Publics { get; init; } = [];
    public int? AgeMin { get; init; }
    public int? AgeMax { get; init; }
    public IReadOnlyList<string> Prerequisites { get; init; } = [];
    public bool PrescriptionRequired { get; init; }
    public IReadOnlyList<string> PrescriberTypes { get; init; } = [];
}
