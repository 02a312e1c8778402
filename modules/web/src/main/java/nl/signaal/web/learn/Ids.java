package nl.signaal.web.learn;

import java.util.Optional;

/** Ids from the address bar: anything that is not a positive number is "no such thing" (404), not an error. */
final class Ids {

    private Ids() {
    }

    static Optional<Long> parse(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(value.strip());
        return id > 0 ? Optional.of(id) : Optional.empty();
    }
}
