package nl.signaal.organisations.dashboard.control;

import java.text.CollationKey;
import java.text.Collator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Dutch alphabetical order for one sort of many rows: each distinct text gets its collation key
 * once, and keys compare as the collator would ({@link CollationKey#compareTo} is defined so). A
 * large organisation's dashboard sorts thousands of rows on a few hundred distinct department
 * paths and course titles, and a collator compares character by character on every call (under
 * a lock: {@code RuleBasedCollator} is synchronised). Not thread-safe: one instance per sort.
 */
final class DutchKeys {

    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl"));

    private final Map<String, CollationKey> keys = new HashMap<>();

    CollationKey of(String text) {
        return keys.computeIfAbsent(text, DUTCH::getCollationKey);
    }
}
