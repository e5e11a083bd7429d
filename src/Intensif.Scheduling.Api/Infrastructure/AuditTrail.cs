// Scheduling writes its audit through the shared mechanism (Intensif.ServiceDefaults.Audit), into SchedulingDbContext:
// Stream is the person the change concerns (pseudonymous id), so a person's history is one index range in write order.
global using Intensif.ServiceDefaults.Audit;
global using AuditTrail = Intensif.ServiceDefaults.Audit.AuditTrail<Intensif.Scheduling.Api.Infrastructure.SchedulingDbContext>;
