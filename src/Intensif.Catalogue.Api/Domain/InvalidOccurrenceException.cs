namespace Intensif.Catalogue.Api.Domain;

/// <summary>The occurrence does not fit the entry's valuation method (bad input, answered 400).</summary>
public sealed class InvalidOccurrenceException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
