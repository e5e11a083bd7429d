// Indicators writes its audit through the shared mechanism (Intensif.ServiceDefaults.Audit), into IndicatorsDbContext.
// Satisfaction answers are anonymous: the entries name no person (no Stream) and keep what was recorded, never what it says.
global using Intensif.ServiceDefaults.Audit;
global using AuditTrail = Intensif.ServiceDefaults.Audit.AuditTrail<Intensif.Indicators.Api.Infrastructure.IndicatorsDbContext>;
