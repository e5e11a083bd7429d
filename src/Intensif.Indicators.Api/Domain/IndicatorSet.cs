namespace Intensif.Indicators.Api.Domain;

/// <summary>
/// The indicators this deployment serves: <see cref="IndicatorCatalogue"/> built with its settings (the PROP windows
/// of I4 and O4). The definitions served and the figures computed are those of this set.
/// </summary>
public sealed class IndicatorSet(IReadOnlyList<IIndicator> all)
{
    public IReadOnlyList<IIndicator> All { get; } = all;

    public IIndicator? Find(string code) => All.FirstOrDefault(i => i.Definition.Code == code);
}
