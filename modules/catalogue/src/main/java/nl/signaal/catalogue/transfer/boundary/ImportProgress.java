package nl.signaal.catalogue.transfer.boundary;

import java.util.Optional;

/**
 * How far one running import is, written by the import's thread and read by the page that
 * polls it. An import reads the file, checks every row, and (only when every row is right)
 * writes every campaign in one transaction; {@link #percent()} gives the checking and the
 * writing half of the bar each, since both walk the same rows. Reading has no count (a CSV or
 * XLSX parser reads the file whole), so it shows as 0 %.
 *
 * <pre>
 * ImportProgress progress = transfer.startImport(caller, bytes);
 * // later, from a poll request:
 * progress.phase();      // CHECKING
 * progress.done();       // 3200
 * progress.total();      // 10000
 * progress.percent();    // 16
 * progress.outcome();    // empty until DONE
 * </pre>
 */
public final class ImportProgress {

    /** The steps of an import, in order; DONE means {@link #outcome()} is there. */
    public enum Phase {
        READING, CHECKING, WRITING, DONE
    }

    private volatile Phase phase = Phase.READING;
    private volatile int total;
    private volatile int done;
    private volatile ImportOutcome outcome;

    /** The file has been read: {@code rows} data rows are checked next. */
    public void checking(int rows) {
        total = Math.max(0, rows);
        done = 0;
        phase = Phase.CHECKING;
    }

    /** {@code rows} rows are checked or written so far in the current phase. */
    public void advance(int rows) {
        done = Math.max(0, Math.min(rows, total));
    }

    /** Every row was right: {@code rows} campaigns are written next. */
    public void writing(int rows) {
        total = Math.max(0, rows);
        done = 0;
        phase = Phase.WRITING;
    }

    /** The import ended, with its errors or the number created; set only after the transaction ended. */
    public void finish(ImportOutcome result) {
        outcome = result;
        phase = Phase.DONE;
    }

    public Phase phase() {
        return phase;
    }

    /** Rows handled in the current phase. */
    public int done() {
        return done;
    }

    /** Rows in the current phase (0 while reading). */
    public int total() {
        return total;
    }

    public boolean finished() {
        return phase == Phase.DONE;
    }

    public Optional<ImportOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** 0–100 over the whole import: checking fills the first half, writing the second. */
    public int percent() {
        Phase p = phase;
        int d = done;
        int t = total;
        return switch (p) {
            case READING -> 0;
            case CHECKING -> half(d, t);
            case WRITING -> 50 + half(d, t);
            case DONE -> 100;
        };
    }

    /** d of t as 0–50, rounded down, so the bar never shows a phase complete before it is. */
    private static int half(int d, int t) {
        if (t <= 0) {
            return 0;
        }
        return (int) ((long) Math.min(d, t) * 50 / t);
    }
}
