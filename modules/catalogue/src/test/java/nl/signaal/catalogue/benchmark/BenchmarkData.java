package nl.signaal.catalogue.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.Channel;
import nl.signaal.catalogue.campaigns.boundary.CostBand;
import nl.signaal.catalogue.campaigns.boundary.DurationBand;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Generates plausible but fake campaigns and materials into the benchmark schema with
 * {@code COPY}: Dutch titles and goals built from the vocabulary of the real campaigns (so the
 * Dutch stemmer and the GIN index see realistic words, common and rare), random classifications
 * with the check constraints respected, 0–20 materials per campaign (the upload limit), half of
 * them files with a few bytes of content. Seeded, so every run generates the same data.
 * The data never enters the product's schema: see {@link CatalogueBenchmark}.
 */
final class BenchmarkData {

    static final String[] THEMES = {"Mensenhandel", "Arbeidsuitbuiting", "Seksuele uitbuiting", "Criminele uitbuiting",
        "Loverboys", "Gedwongen prostitutie", "Uitbuiting in de bouw", "Uitbuiting in de horeca", "Signalen herkennen",
        "Kijk verder", "Ogen open", "Niet te koop", "Melden werkt", "Eerlijk werk", "Vrij om te gaan", "Schuldslavernij",
        "Orgaanhandel", "Mensensmokkel en uitbuiting", "Pooierboys", "Dwang en drang"};
    static final String[] PLACES = {"Rotterdam", "Amsterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Tilburg",
        "Almere", "Breda", "Nijmegen", "Zeeland", "Limburg", "Friesland", "Drenthe", "Twente", "de regio", "Nederland",
        "West-Brabant", "de Achterhoek", "het Westland"};
    static final String[] GOAL_PARTS = {"Bewustwording van mensenhandel bij het publiek", "professionals leren signalen herkennen",
        "werkgevers in de land- en tuinbouw wijzen op arbeidsuitbuiting", "jongeren waarschuwen voor loverboys",
        "hotels en horeca trainen in het herkennen van seksuele uitbuiting", "medewerkers van gemeenten weten waar zij melden",
        "zorgverleners bespreken signalen met slachtoffers", "chauffeurs en vervoerders herkennen slachtoffers onderweg",
        "scholieren leren over grooming en sextortion", "banken melden ongebruikelijke transacties",
        "arbeidsmigranten kennen hun rechten", "buurtbewoners melden verdachte situaties anoniem",
        "uitzendbureaus controleren huisvesting en lonen", "slachtoffers vinden de weg naar hulp en opvang",
        "politie en inspectie werken samen met de gemeente", "ouders herkennen criminele uitbuiting van kinderen",
        "studenten en docenten in het mbo", "een lespakket met video en een gesprekshandleiding",
        "een tentoonstelling in de bibliotheek", "chatten met een hulpverlener via de website"};
    static final String[] ORGANISATIONS = {"Ministerie van Justitie en Veiligheid", "CoMensha", "Fier", "VNG",
        "Nederlandse Arbeidsinspectie", "Politie", "Koninklijke Marechaussee", "Gemeente Rotterdam", "Gemeente Amsterdam",
        "Gemeente Utrecht", "Centrum tegen Kinderhandel en Mensenhandel", "Stichting Ewa", "Terre des Hommes",
        "Meld Misdaad Anoniem", "Koninklijke Horeca Nederland", "ZZP Nederland", "Regionaal Informatie en Expertise Centrum",
        "Humanitas", "Leger des Heils", "Defence for Children"};
    static final String[] PROVINCES = {"PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26", "PV27", "PV28", "PV29", "PV30", "PV31"};
    static final String[] MUNICIPALITIES = {"GM0599", "GM0363", "GM0344", "GM0518", "GM0772", "GM0014", "GM0855", "GM0034",
        "GM0758", "GM0268"};
    static final String[] LANGUAGES = {"nl", "nl", "nl", "en", "pl", "ro", "bg", "ar"};
    static final String[] FILE_TYPES = {"application/pdf", "image/png", "image/jpeg", "video/mp4", "audio/mpeg"};

    /** Generated ids start here, far above anything a sequence in a fresh schema hands out. */
    static final long FIRST_ID = 1_000_000L;

    private final Random random = new Random(20_240_401L);

    /** Inserts {@code campaigns} campaigns and about {@code materials} materials (exactly, when ≤ 20 per campaign allows). */
    void generate(Connection connection, String schema, int campaigns, int materials) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder rows = new StringBuilder(campaigns * 400);
        for (int i = 0; i < campaigns; i++) {
            rows.append(campaignRow(FIRST_ID + i, i));
        }
        copy.copyIn("COPY " + schema + ".campaign (id, title, owner_organisation, partner_organisations, start_year,"
                + " end_year, no_end_date, audiences, sectors, forms, scope, area_codes, channels, goal, cost_band,"
                + " duration_band, reach, source_url, confidence, status, proposed_by) FROM STDIN", new StringReader(rows.toString()));

        int[] perCampaign = spread(campaigns, materials);
        StringBuilder material = new StringBuilder(materials * 200);
        StringBuilder content = new StringBuilder(materials * 50);
        long id = FIRST_ID;
        for (int c = 0; c < campaigns; c++) {
            for (int m = 0; m < perCampaign[c]; m++, id++) {
                boolean file = random.nextBoolean();
                String type = FILE_TYPES[random.nextInt(FILE_TYPES.length)];
                String sha = String.format("%064x", id);
                material.append(id).append('\t').append(FIRST_ID + c).append('\t').append(file ? "FILE" : "LINK").append('\t')
                        .append(pick(THEMES)).append(" – materiaal ").append(m + 1).append('\t')
                        .append(pick(LANGUAGES)).append('\t').append(pick(Audience.values()).name()).append('\t')
                        .append(random.nextInt(3) == 0 ? "CC BY 4.0" : "\\N").append('\t')
                        .append(file ? "\\N" : "https://example.org/materiaal/" + id).append('\t')
                        .append(file ? "materiaal-" + id + ".bin" : "\\N").append('\t')
                        .append(file ? type : "\\N").append('\t')
                        .append(file ? String.valueOf(1_000 + random.nextInt(5_000_000)) : "\\N").append('\t')
                        .append(file ? sha : "\\N").append('\t')
                        .append(file && (type.startsWith("image") || type.endsWith("pdf")) ? "t" : "f").append('\n');
                if (file) {
                    content.append(id).append("\t\\\\x").append(sha, 0, 32).append('\n');
                }
            }
        }
        copy.copyIn("COPY " + schema + ".material (id, campaign_id, kind, title, language, audience, licence, url,"
                + " file_name, content_type, size_bytes, sha256, has_preview) FROM STDIN", new StringReader(material.toString()));
        copy.copyIn("COPY " + schema + ".material_content (material_id, bytes) FROM STDIN", new StringReader(content.toString()));
    }

    private String campaignRow(long id, int n) {
        int start = 2005 + random.nextInt(21);
        boolean noEnd = random.nextInt(5) == 0;
        Integer end = noEnd || random.nextInt(4) == 0 ? null : start + random.nextInt(4);
        String scope;
        String areas;
        switch (random.nextInt(4)) {
            case 0 -> { scope = "PROVINCE"; areas = pick(PROVINCES); }
            case 1 -> { scope = "MUNICIPALITY"; areas = pick(MUNICIPALITIES) + (random.nextBoolean() ? "," + pick(MUNICIPALITIES) : ""); }
            case 2 -> { scope = "NATIONAL"; areas = ""; }
            default -> { scope = null; areas = ""; }
        }
        String goal = capitalise(pick(GOAL_PARTS)) + "; " + pick(GOAL_PARTS) + " in " + pick(PLACES) + ", en "
                + pick(GOAL_PARTS) + ".";
        boolean proposed = random.nextInt(20) == 0;
        return String.join("\t",
                pick(THEMES) + " " + pick(PLACES) + " " + start + " (" + (n + 1) + ")",
                random.nextInt(6) == 0 ? "\\N" : pick(ORGANISATIONS),
                pick(ORGANISATIONS) + (random.nextBoolean() ? ";" + pick(ORGANISATIONS) : ""),
                String.valueOf(start),
                end == null ? "\\N" : String.valueOf(end),
                noEnd ? "t" : "f",
                some(Audience.values()), some(Sector.values()), some(FormOfExploitation.values()),
                scope == null ? "\\N" : scope, areas, some(Channel.values()), goal,
                pick(CostBand.values()).name(), noEnd ? DurationBand.NO_END_DATE.name() : pick(DurationBand.values()).name(),
                random.nextInt(3) == 0 ? "Bereik " + (1_000 + random.nextInt(500_000)) + " mensen via sociale media" : "\\N",
                "https://example.org/campagne/" + id,
                random.nextBoolean() ? "CONFIRMED" : "UNCONFIRMED",
                proposed ? "PROPOSED" : "PUBLISHED",
                proposed ? "trainer." + random.nextInt(50) : "\\N")
                .transform(row -> String.valueOf(id) + "\t" + row + "\n");
    }

    /** How many materials each campaign gets: random, 0–20 each, summing to {@code total} where possible. */
    private int[] spread(int campaigns, int total) {
        int[] counts = new int[campaigns];
        int left = Math.min(total, campaigns * 20);
        while (left > 0) {
            int c = random.nextInt(campaigns);
            if (counts[c] < 20) {
                counts[c]++;
                left--;
            }
        }
        return counts;
    }

    /** One to three distinct values (an empty set would mean "unknown", which 1 in 10 gets). */
    private <E extends Enum<E>> String some(E[] values) {
        if (random.nextInt(10) == 0) {
            return "";
        }
        List<String> chosen = new ArrayList<>();
        int n = 1 + random.nextInt(Math.min(3, values.length));
        while (chosen.size() < n) {
            String name = values[random.nextInt(values.length)].name();
            if (!chosen.contains(name)) {
                chosen.add(name);
            }
        }
        return String.join(",", chosen);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
