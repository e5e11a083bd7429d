namespace Intensif.Scheduling.Api.Apis;

public sealed record PersonCompliance(Guid BeneficiaryId, int Held, int Required, bool Compliant);
