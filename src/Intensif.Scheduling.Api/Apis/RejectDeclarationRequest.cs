using System.ComponentModel.DataAnnotations;

namespace Intensif.Scheduling.Api.Apis;

/// <summary>Why the référent rejects a declaration; the person reads it.</summary>
public sealed record RejectDeclarationRequest
{
    [Required, MinLength(3), StringLength(1000)] public string? Reason { get; init; }
}
