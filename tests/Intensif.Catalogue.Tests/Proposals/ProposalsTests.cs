using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intensif.Catalogue.Api.Infrastructure;
using Intensif.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intensif.Catalogue.Tests.Proposals;

/// <summary>
/// Partners propose entries for their own structure; a manager holding one of the proposal's territories validates
/// (publishes) or rejects it with a reason; the partner follows its proposals.
/// </summary>
public sealed class ProposalsTests : IAsyncLifetime
{
    private ServiceApp<CatalogueDbContext> _app = null!;

    public async Task InitializeAsync() => _app = await ServiceApp<CatalogueDbContext>.StartAsync("cataloguedb");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>A proposal as a partner writes it: it may leave the hours and the family to the manager.</summary>
    private static Dictionary<string, object?> Proposal(string code, string territory = "75", Guid? structure = null) => new()
    {
        ["code"] = code, ["label"] = "Atelier mobilité de la ressourcerie", ["category"] = "Mobilité",
        ["description"] = "Réparer un vélo et apprendre à circuler en ville.", ["mode"] = "COLLECTIF", ["channel"] = "PRESENTIEL",
        ["territories"] = new[] { territory }, ["partnerStructureId"] = structure,
    };

    /// <summary>The proposal completed by the manager with what SR-13 requires.</summary>
    private static Dictionary<string, object?> Completed(string code)
    {
        var completed = Proposal(code);
        completed["dimension"] = "SOCIAL";
        completed["family"] = 5;
        completed["supervision"] = "ACCOMPAGNEE";
        completed["valuation"] = new { method = "FORFAIT_DEMI_JOURNEE", forfaitHours = 3.5 };
        completed["proofType"] = "EMARGEMENT_PARTENAIRE";
        return completed;
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private async Task<string[]> AuditActionsAsync(string code)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        return await db.Audit.Where(a => a.Stream == code).OrderBy(a => a.Sequence).Select(a => a.Action).ToArrayAsync();
    }

    [Fact]
    public async Task A_partner_proposes_a_draft_for_its_own_structure_and_cannot_publish_it()
    {
        var structure = Guid.NewGuid();
        var partner = _app.ClientFor(PartnerTokens.Partner(structure, "75"));

        var created = await partner.PostAsJsonAsync("/api/catalogue/entries", Proposal("PRT-VELO-01"));
        var entry = await BodyAsync(created);
        var publish = await partner.PostAsync("/api/catalogue/entries/PRT-VELO-01/publish", null);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("DRAFT", entry.GetProperty("status").GetString());
        Assert.Equal("LOCAL", entry.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("ownerOrganisation").ValueKind);
        Assert.Equal(structure, entry.GetProperty("partnerStructureId").GetGuid());
        Assert.Equal(structure, entry.GetProperty("proposal").GetProperty("proposedBy").GetGuid());
        Assert.Equal("PENDING", entry.GetProperty("proposal").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal("proposal-needs-review", (await BodyAsync(publish)).GetProperty("code").GetString());
        Assert.Equal(["proposal.submitted"], await AuditActionsAsync("PRT-VELO-01"));
    }

    [Fact]
    public async Task A_manager_of_the_territory_completes_and_validates_a_proposal_which_becomes_a_published_entry_of_its_organisme()
    {
        var structure = Guid.NewGuid();
        var organisme = TestTokens.NewOrganisme();
        var partner = _app.ClientFor(PartnerTokens.Partner(structure, "75"));
        var manager = _app.ClientFor(PartnerTokens.Manager(organisme, "75", "92"));
        await partner.PostAsJsonAsync("/api/catalogue/entries", Proposal("PRT-VELO-02"));

        var pending = await BodyAsync(await manager.GetAsync("/api/catalogue/proposals?status=PENDING&limit=100"));
        var incomplete = await manager.PostAsync("/api/catalogue/entries/PRT-VELO-02/publish", null);
        var completed = await manager.PutAsJsonAsync("/api/catalogue/entries/PRT-VELO-02", Completed("PRT-VELO-02"));
        var validated = await manager.PostAsync("/api/catalogue/entries/PRT-VELO-02/publish", null);
        var entry = await BodyAsync(validated);
        var partnerView = await BodyAsync(await partner.GetAsync("/api/catalogue/proposals"));

        Assert.Contains("PRT-VELO-02", pending.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, incomplete.StatusCode);
        Assert.Equal("publication-incomplete", (await BodyAsync(incomplete)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, validated.StatusCode);
        Assert.Equal("PUBLISHED", entry.GetProperty("status").GetString());
        Assert.Equal(organisme, entry.GetProperty("ownerOrganisation").GetString());
        Assert.Equal(structure, entry.GetProperty("partnerStructureId").GetGuid());
        Assert.Equal("VALIDATED", entry.GetProperty("proposal").GetProperty("status").GetString());
        Assert.Equal("manager-" + organisme, entry.GetProperty("proposal").GetProperty("reviewedBy").GetString());
        var mine = Assert.Single(partnerView.GetProperty("items").EnumerateArray());
        Assert.Equal("VALIDATED", mine.GetProperty("proposal").GetProperty("status").GetString());
        Assert.Equal(["proposal.submitted", "entry.revised", "proposal.validated"], await AuditActionsAsync("PRT-VELO-02"));
        // from now on it is a local entry of the organisme: the partner no longer changes it
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PutAsJsonAsync("/api/catalogue/entries/PRT-VELO-02", Completed("PRT-VELO-02"))).StatusCode);
    }

    [Fact]
    public async Task A_rejected_proposal_shows_its_reason_to_the_partner_whose_revision_submits_it_again()
    {
        var structure = Guid.NewGuid();
        var partner = _app.ClientFor(PartnerTokens.Partner(structure, "75"));
        var manager = _app.ClientFor(PartnerTokens.Manager(TestTokens.NewOrganisme(), "75"));
        await partner.PostAsJsonAsync("/api/catalogue/entries", Proposal("PRT-VELO-03"));

        var noReason = await manager.PostAsJsonAsync("/api/catalogue/entries/PRT-VELO-03/reject", new { reason = "" });
        var rejected = await manager.PostAsJsonAsync("/api/catalogue/entries/PRT-VELO-03/reject", new { reason = "Préciser le nombre de places par séance." });
        var partnerView = await BodyAsync(await partner.GetAsync("/api/catalogue/proposals?status=REJECTED"));
        var publishRejected = await manager.PostAsync("/api/catalogue/entries/PRT-VELO-03/publish", null);
        var reviseRejected = await manager.PutAsJsonAsync("/api/catalogue/entries/PRT-VELO-03", Completed("PRT-VELO-03"));
        var resubmitted = await BodyAsync(await partner.PutAsJsonAsync("/api/catalogue/entries/PRT-VELO-03", Completed("PRT-VELO-03")));
        var validated = await manager.PostAsync("/api/catalogue/entries/PRT-VELO-03/publish", null);

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var proposal = Assert.Single(partnerView.GetProperty("items").EnumerateArray()).GetProperty("proposal");
        Assert.Equal("REJECTED", proposal.GetProperty("status").GetString());
        Assert.Equal("Préciser le nombre de places par séance.", proposal.GetProperty("rejectionReason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, publishRejected.StatusCode);
        Assert.Equal("proposal-not-pending", (await BodyAsync(publishRejected)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, reviseRejected.StatusCode);
        Assert.Equal("PENDING", resubmitted.GetProperty("proposal").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, resubmitted.GetProperty("proposal").GetProperty("rejectionReason").ValueKind);
        Assert.Equal(HttpStatusCode.OK, validated.StatusCode);
        Assert.Equal(["proposal.submitted", "proposal.rejected", "entry.revised", "proposal.validated"], await AuditActionsAsync("PRT-VELO-03"));
    }

    [Fact]
    public async Task Managers_of_other_territories_and_other_partners_neither_see_nor_decide_a_proposal()
    {
        var structure = Guid.NewGuid();
        var partner = _app.ClientFor(PartnerTokens.Partner(structure, "75"));
        var elsewhere = _app.ClientFor(PartnerTokens.Manager(TestTokens.NewOrganisme(), "13"));
        var otherPartner = _app.ClientFor(PartnerTokens.Partner(Guid.NewGuid(), "75"));
        var referent = _app.ClientFor(TestTokens.Referent(TestTokens.NewOrganisme()));
        await partner.PostAsJsonAsync("/api/catalogue/entries", Proposal("PRT-VELO-04"));

        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync("/api/catalogue/entries/PRT-VELO-04")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PostAsync("/api/catalogue/entries/PRT-VELO-04/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await elsewhere.PostAsJsonAsync("/api/catalogue/entries/PRT-VELO-04/reject", new { reason = "Pas chez nous." })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherPartner.GetAsync("/api/catalogue/entries/PRT-VELO-04")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await referent.GetAsync("/api/catalogue/entries/PRT-VELO-04")).StatusCode);
        Assert.Equal(0, (await BodyAsync(await elsewhere.GetAsync("/api/catalogue/proposals"))).GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await BodyAsync(await otherPartner.GetAsync("/api/catalogue/proposals"))).GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await referent.GetAsync("/api/catalogue/proposals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await partner.PostAsJsonAsync("/api/catalogue/entries/PRT-VELO-04/reject", new { reason = "Je retire." })).StatusCode);
    }

    [Fact]
    public async Task A_partner_proposes_only_for_its_own_structure_and_its_own_territories()
    {
        var structure = Guid.NewGuid();
        var partner = _app.ClientFor(PartnerTokens.Partner(structure, "75"));

        var otherStructure = await partner.PostAsJsonAsync("/api/catalogue/entries", Proposal("PRT-BAD-01", structure: Guid.NewGuid()));
        var otherTerritory = await partner.PostAsJsonAsync("/api/catalogue/entries", Proposal("PRT-BAD-02", territory: "13"));
        var everywhere = Proposal("PRT-BAD-03");
        everywhere["territories"] = Array.Empty<string>();
        var noTerritory = await partner.PostAsJsonAsync("/api/catalogue/entries", everywhere);

        Assert.Equal(HttpStatusCode.BadRequest, otherStructure.StatusCode);
        Assert.True((await BodyAsync(otherStructure)).GetProperty("errors").TryGetProperty("partnerStructureId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, otherTerritory.StatusCode);
        Assert.True((await BodyAsync(otherTerritory)).GetProperty("errors").TryGetProperty("territories", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noTerritory.StatusCode);
        Assert.Empty(await AuditActionsAsync("PRT-BAD-01"));
        Assert.Empty(await AuditActionsAsync("PRT-BAD-02"));
        Assert.Empty(await AuditActionsAsync("PRT-BAD-03"));
    }

    [Fact]
    public async Task A_partner_cannot_touch_national_entries_nor_reject_entries_that_no_partner_proposed()
    {
        var partner = _app.ClientFor(PartnerTokens.Partner(Guid.NewGuid(), "75"));
        var manager = _app.ClientFor(PartnerTokens.Manager(TestTokens.NewOrganisme(), "75"));
        await manager.PostAsJsonAsync("/api/catalogue/entries", CatalogueApiTests.Workshop("LOC-NOTPROP-01"));

        var archiveNational = await partner.PostAsync("/api/catalogue/entries/TRE-CV-01/archive", null);
        var rejectLocal = await manager.PostAsJsonAsync("/api/catalogue/entries/LOC-NOTPROP-01/reject", new { reason = "Sans objet." });

        Assert.Equal(HttpStatusCode.Forbidden, archiveNational.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rejectLocal.StatusCode);
        Assert.Equal("not-a-proposal", (await BodyAsync(rejectLocal)).GetProperty("code").GetString());
    }
}
