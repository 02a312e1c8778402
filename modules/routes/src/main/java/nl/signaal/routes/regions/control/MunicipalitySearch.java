package nl.signaal.routes.regions.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.signaal.platform.shared.MunicipalityCode;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;

/**
 * Finds municipalities the way people type them into an autocomplete: without accents
 * ({@code fryslan}, {@code sudwest}), without the apostrophe of {@code 's-Gravenhage}, by
 * everyday name ({@code Den Haag}), or by CBS code ({@code GM0363}, {@code 363}). Exact
 * matches come first, then names that start with the text, then names with a word that
 * starts with it, then names that merely contain it; alphabetical within each group.
 */
public final class MunicipalitySearch {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CODE = Pattern.compile("(?i)(gm)?\\d{1,4}");

    private MunicipalitySearch() {
    }

    public static List<MunicipalitySummary> search(Collection<MunicipalitySummary> municipalities, String text, int max) {
        if (text == null || text.isBlank() || max <= 0) {
            return List.of();
        }
        String query = normalise(text);
        String code = CODE.matcher(text.strip()).matches() ? MunicipalityCode.parse(text.strip().replaceFirst("(?i)^gm", "")).value() : null;
        record Hit(MunicipalitySummary municipality, int rank) {
        }
        List<Hit> hits = new ArrayList<>();
        for (MunicipalitySummary m : municipalities) {
            int rank = m.code().equals(code) ? 0 : Math.min(rank(normalise(m.name()), query), rank(normalise(m.alsoKnownAs()), query));
            if (rank < Integer.MAX_VALUE) {
                hits.add(new Hit(m, rank));
            }
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::rank).thenComparing(h -> normalise(h.municipality().name())))
                .limit(max)
                .map(Hit::municipality)
                .toList();
    }

    private static int rank(String name, String query) {
        if (name.isEmpty() || query.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (name.equals(query)) {
            return 1;
        }
        if (name.startsWith(query)) {
            return 2;
        }
        if (name.contains(" " + query)) {
            return 3;
        }
        return name.contains(query) ? 4 : Integer.MAX_VALUE;
    }

    /** Lower case, no accents, punctuation as single spaces, and {@code 's-} dropped: "'s-Gravenhage" → "gravenhage". */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String plain = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        plain = plain.replaceFirst("^\\s*['’]s-", "");
        return NOT_ALPHANUMERIC.matcher(plain).replaceAll(" ").strip();
    }
}
