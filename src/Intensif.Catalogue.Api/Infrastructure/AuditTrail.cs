// Catalogue writes its audit through the shared mechanism (Intensif.ServiceDefaults.Audit), into CatalogueDbContext,
// by way of CatalogueJournal: Stream is the entry code, and an entry's audited versions are its version history.
global using Intensif.ServiceDefaults.Audit;
global using AuditTrail = Intensif.ServiceDefaults.Audit.AuditTrail<Intensif.Catalogue.Api.Infrastructure.CatalogueDbContext>;
