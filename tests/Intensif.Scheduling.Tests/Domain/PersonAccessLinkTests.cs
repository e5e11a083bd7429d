using Intensif.Scheduling.Api.Domain;

namespace Intensif.Scheduling.Tests.Domain;

/// <summary>A personal access link: a secret shown once (only its hash kept), valid until it expires or is revoked.</summary>
public sealed class PersonAccessLinkTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_token_is_64_hex_characters_and_only_its_sha256_is_kept()
    {
        var (link, token) = PersonAccessLink.Issue("ft-75", "referent-1", Guid.NewGuid(), TimeSpan.FromDays(90), Now);

        Assert.Matches("^[0-9a-f]{64}$", token);
        Assert.Equal(PersonAccessLink.Hash(token), link.TokenHash);
        Assert.NotEqual(token, link.TokenHash);
    }

    [Fact]
    public void A_link_is_valid_until_it_expires_or_is_revoked()
    {
        var (link, _) = PersonAccessLink.Issue("ft-75", "referent-1", Guid.NewGuid(), TimeSpan.FromDays(90), Now);
        var (revoked, _) = PersonAccessLink.Issue("ft-75", "referent-1", Guid.NewGuid(), TimeSpan.FromDays(90), Now);
        revoked.Revoke(Now.AddDays(1));

        Assert.True(link.IsValidAt(Now.AddDays(90).AddTicks(-10)));
        Assert.False(link.IsValidAt(Now.AddDays(90)));
        Assert.False(revoked.IsValidAt(Now.AddDays(2)));
    }
}
