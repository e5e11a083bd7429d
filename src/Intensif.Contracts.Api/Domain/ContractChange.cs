namespace Intensif.Contracts.Api.Domain;

/// <summary>What produced a version of a contract: each change of a contract is a new version with its history.</summary>
public enum ContractChange
{
    DRAFTED,
    SIGNED,
    ACTIVATED,
    AMENDED,
    INTENSIVE_STARTED,
    INTENSIVE_EXTENDED,
    INTENSIVE_ENDED,
    REFERENT_CHANGED,
    SUSPENDED,
    RESUMED,
    CLOSED,
}
