package nl.signaal.organisations.reminders.boundary;

/**
 * What one run did: reminders that were due ({@code planned}), newly sent, failed to send, and
 * skipped because they had been sent before (or another server was sending them at that moment).
 */
public record RunSummary(int planned, int sent, int failed, int alreadySent) {

    public static final RunSummary NOTHING = new RunSummary(0, 0, 0, 0);

    public RunSummary plus(RunSummary other) {
        return new RunSummary(planned + other.planned, sent + other.sent, failed + other.failed, alreadySent + other.alreadySent);
    }
}
