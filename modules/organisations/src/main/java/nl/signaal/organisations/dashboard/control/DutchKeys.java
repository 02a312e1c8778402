package nl.signaal.organisations.dashboard.control;

import java.text.CollationKey;
import java.text.Collator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dutch alphabetical order for one sort of many rows: each distinct text gets its collation key
 * once, and keys compare as the collator would ({@link CollationKey#compareTo} is defined so). A
 * large organisation's dashboard sorts thousands of rows on a few hundred distinct department
 * paths, course titles and signal labels, and a collator compares character by character on every
 * call (under a lock: {@code RuleBasedCollator} is synchronised).
 * <p>
 * Making a key normalises the text first, which took ~15 % of a dashboard computation of 10,000
 * staff (JFR); the same paths and titles come back on every load, so keys are also kept across
 * sorts and threads, up to {@value #KEPT} texts (then the kept ones are dropped and kept anew).
 * An instance is for one sort (not thread-safe); the shared keys are.
 */
final class DutchKeys {

    /** How many texts' keys are kept across sorts: the paths, titles and labels of the organisations kept in the dashboard cache. */
    static final int KEPT = 50_000;

    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl"));
    private static final Map<String, CollationKey> SHARED = new ConcurrentHashMap<>();

    private final Map<String, CollationKey> keys = new HashMap<>();

    CollationKey of(String text) {
        return keys.computeIfAbsent(text, DutchKeys::shared);
    }

    private static CollationKey shared(String text) {
        CollationKey key = SHARED.get(text);
        if (key == null) {
            if (SHARED.size() >= KEPT) {
                SHARED.clear();
            }
            key = DUTCH.getCollationKey(text);
            SHARED.put(text, key);
        }
        return key;
    }
}
