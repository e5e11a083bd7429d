namespace Intensif.Catalogue.Api.Domain;

/// <summary>National entries form the fichier métier of every organisme; local ones belong to one organisme.</summary>
public enum EntryScope
{
    NATIONAL,
    LOCAL,
}
