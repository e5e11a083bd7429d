namespace Intensif.Catalogue.Api.Domain;

/// <summary>Who a local valuation applies to: one organisme, or every organisme of one département.</summary>
public enum OverrideScope
{
    ORGANISME,
    TERRITORY,
}
