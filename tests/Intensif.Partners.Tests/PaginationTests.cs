using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Partners.Api.Infrastructure;
using Intensif.Testing;

namespace Intensif.Partners.Tests;

/// <summary>Every list answers pages of `limit` items and a nextCursor that leads through all of them, once each.</summary>
public sealed class PaginationTests : IAsyncLifetime
{
    private ServiceApp<PartnersDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<PartnersDbContext>.StartAsync("partnersdb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Reads every page of <paramref name="url"/> two items at a time; returns the ids in order and the page count.</summary>
    private static async Task<(List<Guid> Ids, int Pages)> WalkAsync(HttpClient client, string url)
    {
        var (ids, pages, cursor) = (new List<Guid>(), 0, (string?)null);
        do
        {
            var separator = url.Contains('?') ? '&' : '?';
            var page = await client.GetFromJsonAsync<JsonElement>($"{url}{separator}limit=2{(cursor is null ? "" : "&cursor=" + cursor)}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 2);
            ids.AddRange(items.Select(i => i.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        } while (cursor is not null);
        return (ids, pages);
    }

    [Fact]
    public async Task Sessions_referrals_and_the_directory_are_read_page_by_page_in_order()
    {
        var structure = await _app.RegisterStructureAsync();
        var sessions = new List<Guid>();
        for (var day = 5; day > 0; day--) sessions.Add(await _app.PublishSessionAsync(structure, PartnersClient.Session(inDays: day)));
        var referent = _app.ClientFor(TestTokens.Referent("ft-34", territory: "34"));
        var referrals = new List<Guid>();
        foreach (var session in sessions)
        {
            var sent = await referent.PostAsJsonAsync("/api/partners/referrals", new { sessionId = session, beneficiaryId = Guid.NewGuid(), personName = "Samir B.", consentGiven = true });
            referrals.Add((await sent.JsonAsync()).GetProperty("id").GetGuid());
        }
        var others = new[] { await _app.RegisterStructureAsync(), await _app.RegisterStructureAsync() };

        var bySessions = await WalkAsync(referent, $"/api/partners/sessions?structureId={structure}");
        var byReferrals = await WalkAsync(_app.ClientFor(PartnerTokens.For(structure)), "/api/partners/referrals?status=PENDING");
        var byDirectory = await WalkAsync(referent, "/api/partners/directory?territory=34");

        Assert.Equal(Enumerable.Reverse(sessions), bySessions.Ids);     // soonest first
        Assert.Equal(3, bySessions.Pages);
        Assert.Equal(Enumerable.Reverse(referrals), byReferrals.Ids);   // newest first
        Assert.Equal(3, byReferrals.Pages);
        Assert.Equal(3, byDirectory.Ids.Count);
        Assert.Equal(others.Append(structure).Order(), byDirectory.Ids.Order());
    }

    [Theory]
    [InlineData("/api/partners/sessions?limit=0")]
    [InlineData("/api/partners/sessions?limit=101")]
    [InlineData("/api/partners/sessions?cursor=bm90LWEtY3Vyc29y")]
    [InlineData("/api/partners/referrals?cursor=%%%")]
    [InlineData("/api/partners/directory?cursor=dHwxfDI")]
    [InlineData("/api/partners/co-accompaniments?limit=500")]
    public async Task A_bad_limit_or_cursor_is_400_with_a_field_error(string url)
    {
        var response = await _app.ClientFor(TestTokens.Referent("ft-34", territory: "34")).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).TryGetProperty("errors", out _));
    }
}
