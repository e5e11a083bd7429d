using Intensif.Catalogue.Api.Domain;

namespace CatalogueSearchBench;

/// <summary>
/// A deterministic fichier métier of any size, shaped like a national catalogue grown by every territory: French
/// labels and descriptions from a few hundred words, 1–3 départements (10 % everywhere), the six families, themes,
/// publics and ages, mostly published (5 % drafts, 5 % archived).
/// </summary>
public static class SyntheticCatalogue
{
    private static readonly string[] Kinds =
        ["Atelier", "Formation", "Accompagnement", "Stage", "Permanence", "Module", "Coaching", "Parcours", "Session", "Rencontre",
         "Découverte", "Immersion", "Chantier", "Initiation", "Bilan"];
    private static readonly string[] Topics =
        ["numérique", "CV et lettre de motivation", "entretien d'embauche", "mobilité", "permis de conduire", "budget", "logement",
         "santé", "français langue étrangère", "création d'entreprise", "découverte des métiers", "bureautique", "sport", "théâtre",
         "confiance en soi", "soudure", "cariste", "aide à domicile", "restauration", "bâtiment", "logistique", "agriculture",
         "petite enfance", "vente", "espaces verts", "informatique", "comptabilité", "code de la route", "mécanique vélo",
         "démarches administratives", "accès aux droits", "alimentation", "parentalité", "garde d'enfants", "recherche d'emploi",
         "réseaux professionnels", "compétences clés", "mathématiques", "écriture", "prise de parole"];
    private static readonly string[] Qualifiers =
        ["pour débutants", "intensif", "collectif", "individuel", "en ligne", "du quartier", "de remobilisation", "qualifiant",
         "sur plateau technique", "avec un employeur", "en petit groupe", "pour les jeunes", "pour les seniors", "en soirée", "", ""];
    private static readonly string[] Sentences =
        ["Les participants apprennent à utiliser les outils du quotidien.", "Un professionnel accompagne chaque personne pas à pas.",
         "La séance se termine par un bilan individuel.", "Les horaires sont adaptés aux contraintes de garde d'enfants.",
         "Une attestation de présence est remise à la fin.", "Le groupe visite une entreprise partenaire du territoire.",
         "Les déplacements sont pris en charge sur présentation des justificatifs.", "Aucun prérequis n'est demandé.",
         "Le contenu est adapté au niveau de chaque participant.", "Les exercices reprennent des situations réelles de travail."];
    private static readonly string[] Categories = ["Atelier", "Formation", "Accompagnement", "Immersion", "Santé", "Mobilité", "Numérique"];
    private static readonly string[] Publics = ["jeunes", "demandeurs-emploi", "familles", "femmes", "seniors", "beneficiaires-des-minimas-sociaux",
        "residents-qpv-frr", "personnes-en-situation-de-handicap"];

    /// <summary>Every département code (INSEE COG), Corsica split, overseas included.</summary>
    public static readonly string[] Departements =
        [.. Enumerable.Range(1, 95).Where(n => n != 20).Select(n => n.ToString("D2")), "2A", "2B", "971", "972", "973", "974", "976"];

    public static IEnumerable<CatalogueEntry> Entries(int count, DateTimeOffset now)
    {
        var random = new Random(20261122);
        var themes = DataInclusionVocabulary.Themes.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < count; i++)
        {
            var topic = Topics[random.Next(Topics.Length)];
            var label = $"{Kinds[random.Next(Kinds.Length)]} {topic} {Qualifiers[random.Next(Qualifiers.Length)]}".Trim();
            var everywhere = random.Next(10) == 0;
            var territories = everywhere ? [] : Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Departements[random.Next(Departements.Length)]).Distinct().ToArray();
            var publics = random.Next(3) == 0 ? [] : new[] { Publics[random.Next(Publics.Length)] };
            int? ageMin = random.Next(4) == 0 ? 16 + random.Next(10) : null;
            int? ageMax = random.Next(4) == 0 ? 25 + random.Next(40) : null;
            var autonomous = random.Next(5) == 0;
            var definition = new EntryDefinition
            {
                Label = label,
                Description = string.Join(" ", Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Sentences[random.Next(Sentences.Length)])),
                Category = Categories[random.Next(Categories.Length)],
                Dimension = random.Next(2) == 0 ? Dimension.EMPLOI : Dimension.SOCIAL,
                Family = 1 + random.Next(6),
                Mode = random.Next(2) == 0 ? DeliveryMode.COLLECTIF : DeliveryMode.INDIVIDUEL,
                Supervision = autonomous ? Supervision.AUTONOME : Supervision.ACCOMPAGNEE,
                Channel = DeliveryChannel.PRESENTIEL,
                Valuation = autonomous
                    ? new ValuationRule(ValuationMethod.TEMPS_REEL_PLAFONNE, null, 1 + random.Next(10), null, null)
                    : new ValuationRule(ValuationMethod.FORFAIT_PAR_OCCURRENCE, 1 + random.Next(6), null, null, null),
                ProofType = autonomous ? ProofType.AUTO_DECLARATION : ProofType.EMARGEMENT_PARTENAIRE,
                Eligibility = new Eligibility { Publics = publics, AgeMin = ageMin, AgeMax = ageMax is { } max && max < ageMin ? ageMin : ageMax },
                Territories = territories,
                Themes = [themes[random.Next(themes.Length)]],
            };
            var code = $"BEN-{i:D6}";
            var owner = everywhere ? null : "org-bench-" + territories[0];
            var entry = CatalogueEntry.Draft(code, definition, everywhere ? EntryScope.NATIONAL : EntryScope.LOCAL, owner, "bench", now);
            var fate = random.Next(20);
            if (fate != 0) entry.Publish("bench", now);   // 5 % stay drafts
            if (fate == 1) entry.Archive("bench", now);   // 5 % archived
            yield return entry;
        }
    }

    /// <summary>Dated sessions of random entries over the next 90 days, a quarter of them full.</summary>
    public static IEnumerable<OfferedSession> Sessions(int count, int entries, DateTimeOffset now)
    {
        var random = new Random(48);
        var themes = DataInclusionVocabulary.Themes.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < count; i++)
        {
            var session = OfferedSession.Unknown(Guid.CreateVersion7(now));
            var start = now.AddDays(random.Next(90)).AddHours(8 + random.Next(9));
            var capacity = 6 + random.Next(15);
            session.Describe(new SessionDescription(Guid.NewGuid(), $"BEN-{random.Next(entries):D6}", start, start.AddHours(3), "Maison de l'emploi", null,
                capacity, random.Next(4) == 0 ? 0 : 1 + random.Next(capacity), Departements[random.Next(Departements.Length)],
                themes[random.Next(themes.Length)]), now);
            yield return session;
        }
    }
}
