package nl.signaal.catalogue.transfer.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.signaal.catalogue.transfer.boundary.ImportProgress;

/**
 * The imports running on this server, at most one per user: {@link #begin} is atomic, so two
 * clicks (or two tabs) cannot start two imports. An entry leaves when its import ended, however
 * it ended; a page that lost its import (reload, other tab) finds it again with {@link #current}.
 */
@ApplicationScoped
public class RunningImports {

    private final ConcurrentMap<String, ImportProgress> running = new ConcurrentHashMap<>();

    /** A fresh progress registered for this user, or empty when one of theirs is still running. */
    public Optional<ImportProgress> begin(String username) {
        ImportProgress progress = new ImportProgress();
        return running.putIfAbsent(username, progress) == null ? Optional.of(progress) : Optional.empty();
    }

    public Optional<ImportProgress> current(String username) {
        return Optional.ofNullable(running.get(username));
    }

    /** Removes this user's entry if it is still this progress (never a newer import's). */
    public void end(String username, ImportProgress progress) {
        running.remove(username, progress);
    }
}
