using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Intensif.Contracts.Api.Extensions;

/// <summary>The service's own trace source and domain metrics (contracts signed, beneficiaries registered).</summary>
public sealed class ContractsTelemetry
{
    public const string Name = "Intensif.Contracts";
    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _contractsSigned;
    private readonly Counter<long> _beneficiariesRegistered;

    public ContractsTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _contractsSigned = meter.CreateCounter<long>("intensif.contracts.signed", "{contract}", "Contrats d'engagement signed");
        _beneficiariesRegistered = meter.CreateCounter<long>("intensif.contracts.beneficiaries_registered", "{beneficiary}", "Beneficiaries registered");
    }

    public void ContractSigned(string organismeId) => _contractsSigned.Add(1, new KeyValuePair<string, object?>("organisme", organismeId));

    public void BeneficiaryRegistered(string organismeId) => _beneficiariesRegistered.Add(1, new KeyValuePair<string, object?>("organisme", organismeId));
}
