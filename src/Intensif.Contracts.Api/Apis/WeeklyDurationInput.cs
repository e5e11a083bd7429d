using System.ComponentModel.DataAnnotations;
using Intensif.Contracts.Api.Domain;

namespace Intensif.Contracts.Api.Apis;

/// <summary>The weekly activity duration of the plan d'action; STANDARD (the policy's target, 15 h by default) when omitted.</summary>
public sealed record WeeklyDurationInput
{
    [Required, EnumDataType(typeof(WeeklyDurationRegime))] public WeeklyDurationRegime? Regime { get; init; }
    /// <summary>Hours per week; required for ADJUSTED_DOWN and ADJUSTED_UP.</summary>
    [Range(0, 35)] public decimal? TargetWeeklyHours { get; init; }
    /// <summary>Required unless STANDARD: health, disability, invalidity, single parent without childcare, other proven difficulty.</summary>
    [StringLength(2000)] public string? Justification { get; init; }
    /// <summary>EXEMPT is granted only at the person's request (BR-05).</summary>
    public bool RequestedByBeneficiary { get; init; }

    public WeeklyDuration ToDomain(LocalPolicy policy) => WeeklyDuration.Decide(Regime!.Value, TargetWeeklyHours, Justification, RequestedByBeneficiary, policy);

    public static ContractTerms Terms(WeeklyDurationInput? duration, string? organismeCommitments, string? beneficiaryCommitments, LocalPolicy policy) =>
        new(duration?.ToDomain(policy) ?? WeeklyDuration.Standard(policy), Clean(organismeCommitments), Clean(beneficiaryCommitments));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
