namespace Intensif.Catalogue.Api.Domain;

/// <summary>Life cycle of an entry: only PUBLISHED entries can be programmed and are searched by everyone.</summary>
public enum EntryStatus
{
    DRAFT,
    PUBLISHED,
    ARCHIVED,
}
