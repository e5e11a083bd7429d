using Intensif.Catalogue.Api.Domain;
using static Intensif.Catalogue.Api.Domain.Dimension;
using static Intensif.Catalogue.Api.Domain.ProofType;
using static Intensif.Catalogue.Api.Domain.Supervision;

namespace Intensif.Catalogue.Api.Infrastructure.Seed;

/// <summary>
/// The national fichier métier loaded on first start: the 50 entries of domain reference §6 (codes invented, hours
/// typical of French insertion practice, to be tuned locally through local valuations).
/// </summary>
public static class NationalCatalogue
{
    public const string Author = "seed:domain-reference-§6";

    public static readonly IReadOnlyList<(string Code, EntryDefinition Definition)> Entries =
    [
        E("GEN-ENT-01", "Entretien individuel de suivi avec le référent", "Entretien", MIXTE, ACCOMPAGNEE, 4, Occ(1), ATTESTATION, "Organisme référent", "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi"),
        E("GEN-COL-01", "Atelier collectif d'accueil et de lancement du contrat", "Atelier collectif", MIXTE, ACCOMPAGNEE, 4, Occ(3), EMARGEMENT_PARTENAIRE, "Organisme référent", "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi"),
        E("REM-ATL-01", "Atelier de remobilisation (rythme, vie de groupe, estime de soi)", "Remobilisation", SOCIAL, ACCOMPAGNEE, 4, Half(3), EMARGEMENT_PARTENAIRE, "Association / O2R / PLIE", "remobilisation--lien-social"),
        E("REM-CONF-01", "Atelier confiance en soi et communication", "Remobilisation", MIXTE, ACCOMPAGNEE, 4, Occ(3), EMARGEMENT_PARTENAIRE, "Association / OF", "remobilisation--bien-etre-confiance-en-soi"),
        E("REM-IMG-01", "Atelier socio-esthétique et image professionnelle", "Remobilisation", MIXTE, ACCOMPAGNEE, 4, Occ(2), EMARGEMENT_PARTENAIRE, "Association (socio-esthéticienne)", "remobilisation--bien-etre-confiance-en-soi"),
        E("REM-SPORT-01", "Sport vers l'emploi (sport collectif et débriefing)", "Remobilisation", MIXTE, ACCOMPAGNEE, 4, Occ(2), EMARGEMENT_PARTENAIRE, "Association sportive", "remobilisation--activites-sportives-et-culturelles"),
        E("REM-CULT-01", "Sortie culturelle ou atelier socio-culturel", "Remobilisation", SOCIAL, ACCOMPAGNEE, 4, Occ(2), EMARGEMENT_PARTENAIRE, "Association / collectivité", "remobilisation--activites-sportives-et-culturelles"),
        E("REM-BENE-01", "Bénévolat dans une association", "Participation sociale", SOCIAL, AUTONOME, 4, Real(6), ATTESTATION, "Association d'accueil", "remobilisation--benevolat-action-citoyenne"),
        E("REM-TAPAJ-01", "Session de travail TAPAJ (jeunes en errance)", "Remobilisation / travail", MIXTE, ACCOMPAGNEE, 1, Occ(4), EMARGEMENT_PARTENAIRE, "Structure TAPAJ (CSAPA/CAARUD)", "remobilisation--lien-social"),
        E("DRT-ACC-01", "Rendez-vous d'accès aux droits (CAF, CPAM/CSS, dossier MDPH)", "Accès aux droits", SOCIAL, ACCOMPAGNEE, 5, Occ(1.5m), ATTESTATION, "CCAS / France Services / CAF / CPAM", "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits"),
        E("DRT-ADM-01", "Démarches administratives réalisées en autonomie", "Accès aux droits", SOCIAL, AUTONOME, 5, Occ(1, maxWeek: 3), JUSTIFICATIF, null, "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"),
        E("LOG-RDV-01", "Rendez-vous logement (SIAO, bailleur, ADIL, association)", "Logement", SOCIAL, ACCOMPAGNEE, 5, Occ(2), ATTESTATION, "Association logement / SIAO / CCAS", "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement"),
        E("LOG-ATL-01", "Atelier « être locataire » (droits, devoirs, budget)", "Logement", SOCIAL, ACCOMPAGNEE, 5, Occ(2), EMARGEMENT_PARTENAIRE, "Association logement (CESF)", "logement-hebergement--se-maintenir-dans-le-logement"),
        E("SAN-BIL-01", "Examen de prévention en santé", "Santé", SOCIAL, ACCOMPAGNEE, 5, Occ(3), ATTESTATION, "Centre d'examens de santé de la CPAM", "sante--acces-aux-soins"),
        E("SAN-PSY-01", "Consultation de psychologue ou point écoute", "Santé", SOCIAL, ACCOMPAGNEE, 5, Occ(1), ATTESTATION, "Association santé / CMP / PAEJ", "sante--sante-mentale"),
        E("SAN-ADD-01", "Rendez-vous de soins en addictologie", "Santé", SOCIAL, ACCOMPAGNEE, 5, Occ(1), ATTESTATION, "CSAPA", "sante--addictions"),
        E("SAN-SOIN-01", "Rendez-vous médicaux déclarés (généraliste, spécialiste)", "Santé", SOCIAL, AUTONOME, 5, Occ(1, maxWeek: 3), JUSTIFICATIF, "Professionnels de santé", "sante--acces-aux-soins"),
        E("GAR-RDV-01", "Recherche d'une solution de garde d'enfants (crèche AVIP, assistante maternelle)", "Garde d'enfants", SOCIAL, ACCOMPAGNEE, 5, Occ(2), ATTESTATION, "CAF / Relais Petite Enfance / CCAS", "famille--garde-denfants"),
        E("BUD-ATL-01", "Atelier budget ou rendez-vous Point Conseil Budget", "Budget", SOCIAL, ACCOMPAGNEE, 5, Occ(1.5m), EMARGEMENT_PARTENAIRE, "Association PCB / CESF du CD / UDAF", "difficultes-financieres--ameliorer-sa-gestion-budgetaire"),
        E("BUD-SUR-01", "Accompagnement au dossier de surendettement", "Budget", SOCIAL, ACCOMPAGNEE, 5, Occ(2), ATTESTATION, "CCAS / UDAF / Crésus", "difficultes-financieres--situation-dendettement-surendettement"),
        E("MOB-DIAG-01", "Diagnostic mobilité (plateforme mobilité)", "Mobilité", SOCIAL, ACCOMPAGNEE, 5, Occ(2), ATTESTATION, "Plateforme mobilité", "mobilite--etre-accompagne-dans-son-parcours-mobilite"),
        E("MOB-CODE-01", "Cours de code de la route (auto-école sociale)", "Mobilité", MIXTE, ACCOMPAGNEE, 5, Occ(2), EMARGEMENT_PARTENAIRE, "Auto-école sociale", "mobilite--preparer-un-permis"),
        E("MOB-COND-01", "Leçon de conduite", "Mobilité", MIXTE, ACCOMPAGNEE, 5, Occ(1), EMARGEMENT_PARTENAIRE, "Auto-école / auto-école sociale", "mobilite--preparer-un-permis"),
        E("MOB-CODE-02", "Entraînement au code de la route en ligne", "Mobilité", MIXTE, AUTONOME, 5, Real(3), JUSTIFICATIF, "Plateforme de code en ligne", "mobilite--preparer-un-permis"),
        E("MOB-VELO-01", "Apprendre le vélo ou atelier d'autonomie en transports en commun", "Mobilité", SOCIAL, ACCOMPAGNEE, 5, Occ(2), EMARGEMENT_PARTENAIRE, "Association", "mobilite--mobilite-douce-partagee-collective"),
        E("NUM-ATL-01", "Atelier d'inclusion numérique (courriel, démarches en ligne, smartphone)", "Numérique", SOCIAL, ACCOMPAGNEE, 5, Occ(2), EMARGEMENT_PARTENAIRE, "Conseiller numérique / France Services", "numerique--maitriser-les-fondamentaux-du-numerique"),
        E("NUM-PIX-01", "Autoformation aux compétences numériques (modules de type Pix)", "Numérique", MIXTE, AUTONOME, 2, Real(3), JUSTIFICATIF, "Plateforme en ligne", "numerique--maitriser-les-fondamentaux-du-numerique"),
        E("SAV-FLE-01", "Cours de français langue étrangère", "Savoirs de base", MIXTE, ACCOMPAGNEE, 2, Real(6), EMARGEMENT_PARTENAIRE, "OF / association / GRETA", "lecture-ecriture-calcul--maitriser-le-francais"),
        E("SAV-CCL-01", "Formation compétences clés et savoirs de base", "Savoirs de base", MIXTE, ACCOMPAGNEE, 2, Real(12), EMARGEMENT_PARTENAIRE, "OF / Centre ressources illettrisme", "lecture-ecriture-calcul--maitriser-le-francais", "lecture-ecriture-calcul--maitriser-le-calcul"),
        E("PRO-CEP-01", "Rendez-vous de conseil en évolution professionnelle", "Projet professionnel", EMPLOI, ACCOMPAGNEE, 4, Occ(1.5m), ATTESTATION, "Opérateur CEP", "choisir-un-metier--confirmer-son-choix-de-metier"),
        E("PRO-BIL-01", "Séance de bilan de compétences (24 h au plus au total)", "Projet professionnel", EMPLOI, ACCOMPAGNEE, 4, Occ(3, total: 24), ATTESTATION, "Centre de bilan", "choisir-un-metier--identifier-ses-points-forts-et-ses-competences"),
        E("PRO-ATL-01", "Atelier projet professionnel (type Activ'Projet)", "Projet professionnel", EMPLOI, ACCOMPAGNEE, 4, Half(3), EMARGEMENT_PARTENAIRE, "Prestation France Travail / OF", "choisir-un-metier--confirmer-son-choix-de-metier"),
        E("PRO-ENQ-01", "Enquête métier auprès d'un professionnel", "Projet professionnel", EMPLOI, AUTONOME, 3, Occ(2), JUSTIFICATIF, "Contact employeur", "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"),
        E("PRO-VIS-01", "Visite d'entreprise ou découverte d'un secteur", "Projet professionnel", EMPLOI, ACCOMPAGNEE, 1, Occ(3), EMARGEMENT_PARTENAIRE, "FT / ML / PLIE / branche / club FACE", "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"),
        E("IMM-PMSMP-01", "Période de mise en situation en milieu professionnel (PMSMP)", "Immersion", EMPLOI, ACCOMPAGNEE, 1, Day(7), EMARGEMENT_PARTENAIRE, "Employeur et prescripteur (FT/ML/Cap emploi/SIAE/CD)", "choisir-un-metier--confirmer-son-choix-de-metier", "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite"),
        E("IMM-MRS-01", "Session de recrutement par simulation (MRS)", "Immersion / recrutement", EMPLOI, ACCOMPAGNEE, 1, Occ(3), EMARGEMENT_PARTENAIRE, "France Travail", "trouver-un-emploi--repondre-a-des-offres-demploi"),
        E("TRE-CV-01", "Atelier CV et lettre de motivation", "Techniques de recherche d'emploi", EMPLOI, ACCOMPAGNEE, 3, Occ(3), EMARGEMENT_PARTENAIRE, "FT / ML / PLIE / OF", "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"),
        E("TRE-ENT-01", "Simulation d'entretien d'embauche", "Techniques de recherche d'emploi", EMPLOI, ACCOMPAGNEE, 3, Occ(2), EMARGEMENT_PARTENAIRE, "FT / association / recruteurs bénévoles", "trouver-un-emploi--convaincre-un-recruteur-en-entretien"),
        E("TRE-CAND-01", "Candidature envoyée (offre ou candidature spontanée)", "Recherche active d'emploi", EMPLOI, AUTONOME, 3, Occ(1, maxWeek: 5), JUSTIFICATIF, null, "trouver-un-emploi--repondre-a-des-offres-demploi", "trouver-un-emploi--faire-des-candidatures-spontanees"),
        E("TRE-RECH-01", "Recherche d'offres sur les sites d'emploi", "Recherche active d'emploi", EMPLOI, AUTONOME, 3, Occ(1, maxWeek: 3), AUTO_DECLARATION, null, "preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi"),
        E("TRE-JD-01", "Job dating ou forum de recrutement", "Événement de recrutement", EMPLOI, ACCOMPAGNEE, 3, Occ(3), EMARGEMENT_PARTENAIRE, "FT / collectivité / CLPE", "trouver-un-emploi--repondre-a-des-offres-demploi"),
        E("COA-IND-01", "Coaching emploi individuel intensif", "Coaching", EMPLOI, ACCOMPAGNEE, 3, Occ(2), EMARGEMENT_PARTENAIRE, "OF / association de coaching", "preparer-sa-candidature--valoriser-ses-competences"),
        E("PAR-MEN-01", "Rencontre de mentorat ou de parrainage avec un professionnel", "Mentorat", EMPLOI, ACCOMPAGNEE, 3, Occ(2), ATTESTATION, "Réseau de mentorat (1 jeune 1 mentor, FACE, NQT)", "preparer-sa-candidature--developper-son-reseau"),
        E("FOR-QUAL-01", "Formation qualifiante ou certifiante (dont POEI/POEC)", "Formation", EMPLOI, ACCOMPAGNEE, 2, Real(35), EMARGEMENT_PARTENAIRE, "Conseil régional / GRETA / AFPA / OF", "se-former--trouver-sa-formation"),
        E("FOR-VAE-01", "Séance d'accompagnement à la VAE", "Formation / certification", EMPLOI, ACCOMPAGNEE, 2, Occ(2), ATTESTATION, "Architecte VAE / OF", "se-former--monter-son-dossier-de-formation"),
        E("IAE-ACI-01", "Travail en atelier et chantier d'insertion (CDDI)", "Parcours structuré / mise en situation", EMPLOI, ACCOMPAGNEE, 1, Real(35), JUSTIFICATIF, "SIAE – ACI", "trouver-un-emploi--maintien-dans-lemploi"),
        E("IAE-AI-01", "Mission via une association intermédiaire", "Parcours structuré / mise en situation", EMPLOI, ACCOMPAGNEE, 1, Real(35), JUSTIFICATIF, "SIAE – AI", "trouver-un-emploi--maintien-dans-lemploi"),
        E("CRE-ATL-01", "Atelier d'information sur la création d'entreprise", "Création d'entreprise", EMPLOI, ACCOMPAGNEE, 6, Occ(3), EMARGEMENT_PARTENAIRE, "BGE / Adie / CCI / CMA / couveuse", "creer-une-entreprise--definir-son-projet-de-creation-dentreprise"),
        E("CRE-ACC-01", "Accompagnement individuel à la création ou dossier de microcrédit", "Création d'entreprise", EMPLOI, ACCOMPAGNEE, 6, Occ(2), ATTESTATION, "BGE / Adie / Réseau Entreprendre", "creer-une-entreprise--structurer-son-projet-de-creation-dentreprise"),
        E("EMP-MAINT-01", "Heures travaillées dans un emploi occupé pendant le plan", "Emploi", EMPLOI, AUTONOME, 6, Real(35), JUSTIFICATIF, "Employeur", "trouver-un-emploi--maintien-dans-lemploi"),
    ];

    private static ValuationRule Occ(decimal hours, decimal? maxWeek = null, decimal? total = null) =>
        new(ValuationMethod.FORFAIT_PAR_OCCURRENCE, hours, maxWeek, null, total);

    private static ValuationRule Half(decimal hours) => new(ValuationMethod.FORFAIT_DEMI_JOURNEE, hours);

    private static ValuationRule Day(decimal hours) => new(ValuationMethod.FORFAIT_JOURNEE, hours);

    private static ValuationRule Real(decimal maxWeek) => new(ValuationMethod.TEMPS_REEL_PLAFONNE, null, maxWeek);

    private static (string, EntryDefinition) E(string code, string label, string category, Dimension dimension, Supervision supervision,
        int family, ValuationRule valuation, ProofType proof, string? provider, params string[] themes) => (code, new EntryDefinition
    {
        Label = label,
        Description = $"{label}. Activité du fichier métier national, famille {family}° de l'article R.5411-15 du code du travail.",
        Category = category,
        Dimension = dimension,
        Family = family,
        Supervision = supervision,
        Mode = supervision == AUTONOME ? DeliveryMode.INDIVIDUEL : null,
        Valuation = valuation,
        ProofType = proof,
        ProviderType = provider,
        Themes = themes,
        LegalConstraints = code switch
        {
            "IMM-PMSMP-01" => "L.5135-1 et suivants : 1 mois au plus, renouvelable une fois ; 2 mois au plus par structure d'accueil sur 12 mois.",
            "PRO-BIL-01" => "L.6313-4 : 24 heures au plus.",
            _ => null,
        },
    });
}
