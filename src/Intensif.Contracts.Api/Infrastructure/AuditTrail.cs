// Contracts writes its audit through the shared mechanism (Intensif.ServiceDefaults.Audit), into ContractsDbContext:
// Stream is the organisme whose data changed; a contract's history is read by entity, in write order.
global using Intensif.ServiceDefaults.Audit;
global using AuditTrail = Intensif.ServiceDefaults.Audit.AuditTrail<Intensif.Contracts.Api.Infrastructure.ContractsDbContext>;
