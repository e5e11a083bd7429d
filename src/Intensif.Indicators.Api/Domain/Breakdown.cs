namespace Intensif.Indicators.Api.Domain;

/// <summary>How figures are grouped besides the month: by organisme référent or by territory (department).</summary>
public sealed record Breakdown(string Name, Func<IntensiveEpisode, string> KeyOf)
{
    public static readonly Breakdown Organisme = new("organisme", e => e.OrganismeId);
    public static readonly Breakdown Territory = new("territory", e => e.Territory);

    public static readonly IReadOnlyList<Breakdown> All = [Organisme, Territory];

    public static Breakdown? Find(string? name) => All.FirstOrDefault(b => b.Name == name);
}
