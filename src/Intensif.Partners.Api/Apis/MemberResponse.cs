using Intensif.Partners.Api.Domain;

namespace Intensif.Partners.Api.Apis;

public sealed record MemberResponse(
    Guid Id, Guid StructureId, string Subject, string Name, string Email, string Role, DateTimeOffset JoinedAt, DateTimeOffset UpdatedAt)
{
    public static MemberResponse From(StructureMember m) => new(m.Id, m.StructureId, m.Subject, m.Name, m.Email, m.Role.ToString(), m.JoinedAt, m.UpdatedAt);
}
