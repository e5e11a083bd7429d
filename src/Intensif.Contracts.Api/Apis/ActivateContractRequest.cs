namespace Intensif.Contracts.Api.Apis;

public sealed record ActivateContractRequest
{
    /// <summary>The day the accompaniment started; today when omitted.</summary>
    public DateOnly? ActivatedOn { get; init; }
}
