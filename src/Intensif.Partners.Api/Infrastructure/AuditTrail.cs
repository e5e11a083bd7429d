// Partners writes its audit through the shared mechanism (Intensif.ServiceDefaults.Audit), into PartnersDbContext:
// Stream is the structure the change concerns, so a structure's history is one index range in write order.
global using Intensif.ServiceDefaults.Audit;
global using AuditTrail = Intensif.ServiceDefaults.Audit.AuditTrail<Intensif.Partners.Api.Infrastructure.PartnersDbContext>;
