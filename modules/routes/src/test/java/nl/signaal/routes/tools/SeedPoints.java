package nl.signaal.routes.tools;

import static nl.signaal.routes.points.boundary.Audience.CITIZENS;
import static nl.signaal.routes.points.boundary.Audience.MINORS;
import static nl.signaal.routes.points.boundary.Audience.PROFESSIONALS;
import static nl.signaal.routes.points.boundary.Audience.VICTIMS;
import static nl.signaal.routes.points.boundary.Confidence.CONFIRMED;
import static nl.signaal.routes.points.boundary.Confidence.UNCONFIRMED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.routes.points.boundary.Audience;
import nl.signaal.routes.points.boundary.Confidence;
import nl.signaal.routes.points.boundary.Contact;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.RoutingKey;

/**
 * The seeded reporting points: every national row of §1 and the regional rows of §2 of
 * {@code shared/reference/nl-reporting-landscape.md}, nothing more. Rows marked (u) there
 * are UNCONFIRMED here; a contact detail the file does not give stays null. No row has a
 * verified-on date (see the comment {@link SeedSql} writes into the migration).
 */
public final class SeedPoints {

    private static final Set<FormOfExploitation> ALL_FORMS = EnumSet.allOf(FormOfExploitation.class);
    private static final Set<Audience> EVERYONE = EnumSet.allOf(Audience.class);

    private static final String S1 = "https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel";
    private static final String FORMS_NOT_STATED = "Forms of exploitation not stated by the source; recorded as all forms "
            + "so the meldpunt is never hidden from a route.";

    private SeedPoints() {
    }

    public static List<ReportingPointData> all() {
        return List.of(
                // §1 national routes
                point("112", RoutingKey.EMERGENCY, PointKind.EMERGENCY, PointScope.NATIONAL, Set.of(), ALL_FORMS, EVERYONE,
                        Contact.phone("112"), null, S1, CONFIRMED, "Acute danger."),
                point("Politie", RoutingKey.POLICE, PointKind.REPORT, PointScope.NATIONAL, Set.of(), ALL_FORMS, EVERYONE,
                        Contact.phone("0900-8844"), null, S1, CONFIRMED,
                        "Report or formal complaint (aangifte) and investigation (AVIM departments). Also source S2: "
                                + "https://www.wegwijzermensenhandel.nl/partnerorganisaties/politie"),
                point("Meld Misdaad Anoniem (M.)", RoutingKey.ANONYMOUS_REPORTING, PointKind.ANONYMOUS_REPORT, PointScope.NATIONAL,
                        Set.of(), ALL_FORMS, EnumSet.of(CITIZENS, PROFESSIONALS), Contact.phone("0800-7000"), true,
                        "https://www.politie.nl", CONFIRMED,
                        "Anonymous report, passed to police or investigative services. Source: politie.nl news item of 2020-01-10."),
                point("Nederlandse Arbeidsinspectie", RoutingKey.LABOUR_INSPECTORATE, PointKind.REPORT, PointScope.NATIONAL,
                        Set.of(), EnumSet.of(FormOfExploitation.LABOUR), EnumSet.of(CITIZENS, PROFESSIONALS, VICTIMS),
                        new Contact("0800-5151", null, "+31 70 333 44 44", null, null, null, null), true,
                        "https://www.nlarbeidsinspectie.nl/onderwerpen/herkennen-en-melden-arbeidsuitbuiting", CONFIRMED,
                        "Reports of labour exploitation; anonymous possible."),
                point("Koninklijke Marechaussee (KMar)", RoutingKey.BORDER_POLICE, PointKind.REPORT, PointScope.NATIONAL,
                        Set.of(), ALL_FORMS, EnumSet.of(CITIZENS, PROFESSIONALS, VICTIMS),
                        new Contact("0800-1814", null, "+31 88 958 18 14", null, null, null, null), null,
                        "https://www.wegwijzermensenhandel.nl/partnerorganisaties/koninklijke-marechaussee-kmar", CONFIRMED,
                        "Border police: takes reports and refers victims to CoMensha."),
                point("CoMensha", RoutingKey.NATIONAL_ADVICE, PointKind.ADVICE, PointScope.NATIONAL, Set.of(), ALL_FORMS, EVERYONE,
                        new Contact("033-448 11 86", "ma-vr 9-17", null, null, "info@comensha.nl", null, null), null,
                        "https://www.wegwijzermensenhandel.nl/zorgcoordinatoren/coordinatoren/comensha", CONFIRMED,
                        "National registration of victims, helpdesk advice, shelter placement; coordinates care where a region "
                                + "has no care coordinator. Also source S7: https://www.comensha.nl/onze-helpdesk/registratie"),
                point("Meldpunt Uitbuiting Minderjarigen", RoutingKey.MINORS, PointKind.REPORT, PointScope.NATIONAL, Set.of(),
                        ALL_FORMS, EnumSet.of(CITIZENS, PROFESSIONALS, MINORS),
                        new Contact(null, null, null, "https://www.melduitbuitingminderjarigen.nl", null, null, null), true,
                        "https://www.melduitbuitingminderjarigen.nl/onze-aanpak", CONFIRMED,
                        "CoMensha and Terre des Hommes. Reports and advice about minors; anonymous possible. "
                                + "Phone number unconfirmed, so not recorded."),
                point("Veilig Thuis", RoutingKey.VEILIG_THUIS, PointKind.ADVICE, PointScope.NATIONAL, Set.of(), ALL_FORMS, EVERYONE,
                        new Contact("0800-2000", "24/7", null, null, null, null, null), null,
                        "https://www.vng.nl/veilig-thuis", CONFIRMED,
                        "About 26 regional organisations behind one national number; advice and reports on domestic violence "
                                + "and child abuse; the Meldcode route for professionals; several act as regional trafficking "
                                + "meldpunt. Also source S15: https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld"),
                point("Fier / CKM (Centrum tegen Kinderhandel en Mensenhandel)", null, PointKind.VICTIM_CARE, PointScope.NATIONAL,
                        Set.of(), ALL_FORMS, EnumSet.of(VICTIMS, MINORS, PROFESSIONALS),
                        new Contact(null, null, null, "https://www.hetckm.nl", null, null, null), null,
                        "https://www.fier.nl/nieuws/online-hulpplatform-keerpunt-live", CONFIRMED,
                        "Specialist victim care and knowledge centre; Keerpunt.chat for criminal exploitation, live since "
                                + "2024-02-20 (chat address not in the source). Phone numbers unconfirmed, so not recorded."),
                point("FairWork", RoutingKey.LABOUR_VICTIM_ADVICE, PointKind.ADVICE, PointScope.NATIONAL, Set.of(),
                        EnumSet.of(FormOfExploitation.LABOUR), EnumSet.of(VICTIMS),
                        new Contact(null, null, null, "https://www.fairwork.nu", null, null, null), null,
                        "https://www.fairwork.nu/en/frequently-asked-questions", CONFIRMED,
                        "Confidential advice for victims of labour exploitation."),
                point("Slachtofferhulp Nederland", null, PointKind.VICTIM_CARE, PointScope.NATIONAL, Set.of(), ALL_FORMS,
                        EnumSet.of(VICTIMS), new Contact(null, null, null, "https://www.slachtofferhulp.nl", null, null, null), null,
                        "https://www.slachtofferhulp.nl", CONFIRMED,
                        "Support for victims. Phone number unconfirmed, so not recorded."),
                point("Expertisecentrum Mensenhandel en Mensensmokkel (EMM)", null, PointKind.KNOWLEDGE, PointScope.NATIONAL,
                        Set.of(), ALL_FORMS, EnumSet.of(PROFESSIONALS), Contact.NONE, null,
                        "https://www.emm-online.nl/over-ons/wat-doen-we", CONFIRMED,
                        "Knowledge and analysis; not a public reporting point."),
                point("Nationaal Rapporteur Mensenhandel", null, PointKind.KNOWLEDGE, PointScope.NATIONAL, Set.of(), ALL_FORMS,
                        EnumSet.of(PROFESSIONALS, CITIZENS),
                        new Contact(null, null, null, "https://www.nationaalrapporteur.nl", null, null, null), null,
                        "https://www.nationaalrapporteur.nl", CONFIRMED,
                        "Independent monitor; takes no reports."),
                point("Wegwijzer Mensenhandel", null, PointKind.KNOWLEDGE, PointScope.NATIONAL, Set.of(), ALL_FORMS,
                        EnumSet.of(CITIZENS, PROFESSIONALS),
                        new Contact(null, null, null, "https://www.wegwijzermensenhandel.nl", null, null, null), null,
                        "https://www.wegwijzermensenhandel.nl/Over-ons", CONFIRMED,
                        "Government referral website."),

                // §2 regional meldpunten found
                point("Meld- en Adviespunt Mensenhandel Flevoland (Veilig Thuis Flevoland)", null, PointKind.REPORT,
                        PointScope.PROVINCE, Set.of("PV24"), ALL_FORMS, EnumSet.of(CITIZENS, PROFESSIONALS),
                        new Contact("088-2220500", "24/7", null, null, null, null, null), true,
                        "https://www.veiligthuisflevoland.nl/lancering-meld-en-adviespunt-mensenhandel-flevoland", CONFIRMED,
                        "Since 2024-03-01; all forms; anonymous possible. Also offers chat (address not in the source)."),
                point("Meldpunt Binnenlandse Mensenhandel (Veilig Thuis Utrecht)", null, PointKind.REPORT, PointScope.REGION,
                        Set.of("VR09"), ALL_FORMS, EnumSet.of(CITIZENS, PROFESSIONALS), Contact.phone("0800-2000"), null,
                        "https://www.veiligthuisutrecht.nl/veilig-thuis-voor-professionals/advies-melden/meldpunt-mensenhandel",
                        CONFIRMED, "Safety region Utrecht (VR09) is the whole province of Utrecht. " + FORMS_NOT_STATED),
                point("Meldpunt Mensenhandel & Jeugdprostitutie (Veilig Thuis Noord-Oost Gelderland)", null, PointKind.REPORT,
                        PointScope.REGION, Set.of("VR06"), ALL_FORMS, EnumSet.of(CITIZENS, PROFESSIONALS),
                        Contact.phone("0800-2000"), null,
                        "https://www.veiligthuisnoordoostgelderland.nl/meldpunt-jeugdprostutie", CONFIRMED,
                        "Area matched by name: Veilig Thuis Noord-Oost Gelderland = safety region Noord- en Oost-Gelderland "
                                + "(VR06). " + FORMS_NOT_STATED),
                point("Veilig Thuis Noord/Midden-Limburg en Veilig Thuis Zuid-Limburg", null, PointKind.REPORT,
                        PointScope.PROVINCE, Set.of("PV31"), ALL_FORMS, EnumSet.of(CITIZENS, PROFESSIONALS),
                        new Contact(null, null, null, "https://www.meldpuntaanpakloverboyslimburg.nl/meldpunt", null, null, null),
                        null, "https://www.meldpuntaanpakloverboyslimburg.nl/meldpunt", CONFIRMED,
                        "One entry for the two Veilig Thuis organisations of Limburg, which together cover the province; the "
                                + "source does not say which municipality each serves. Reports by e-mail: addresses on the "
                                + "source page. " + FORMS_NOT_STATED),
                point("Stichting Humanitas meldpunt mensenhandel", null, PointKind.REPORT, PointScope.MUNICIPALITY,
                        Set.of("GM0599"), ALL_FORMS, EnumSet.of(CITIZENS, PROFESSIONALS), Contact.phone("010-2365256"), null,
                        "https://www.stichtinghumanitas.nl", UNCONFIRMED,
                        "Unconfirmed: the source is a Humanitas page of 2020-09-09. Recorded for the municipality of Rotterdam "
                                + "only; whether it serves the wider region is unknown. " + FORMS_NOT_STATED),
                point("Zorgcoördinator mensenhandel Zeeland (Zorg- en Veiligheidshuis Zeeland)", null, PointKind.VICTIM_CARE,
                        PointScope.PROVINCE, Set.of("PV29"), ALL_FORMS, EnumSet.of(VICTIMS, PROFESSIONALS), Contact.NONE, null,
                        "https://www.veiligheidshuiszeeland.nl/zorgcoordinatie-slachtoffers-mensenhandel", UNCONFIRMED,
                        "Unconfirmed area: the source says 12 municipalities, the province has 13, and it does not say which "
                                + "one is not covered. Contact not in the source."),
                point("Kenniscentrum Mensenhandel Twente (Veiligheidsregio Twente)", null, PointKind.KNOWLEDGE, PointScope.REGION,
                        Set.of("VR05"), ALL_FORMS, EnumSet.of(PROFESSIONALS), Contact.NONE, null,
                        "https://www.comensha.nl/actualiteiten/item/zorgcoordinatie-regio-twente", CONFIRMED,
                        "Contact not in the source."));
    }

    private static ReportingPointData point(String name, RoutingKey key, PointKind kind, PointScope scope, Set<String> areas,
                                            Set<FormOfExploitation> forms, Set<Audience> audiences, Contact contact,
                                            Boolean anonymous, String source, Confidence confidence, String notes) {
        return new ReportingPointData(null, name, key, kind, scope, areas, forms, audiences, contact, anonymous, source,
                null, confidence, notes);
    }
}
