package nl.signaal.organisations.settings.boundary;

import java.util.Set;
import nl.signaal.platform.shared.Sector;

/** An organisation's settings as its admins edit them. */
public record SettingsView(long id, String code, String name, Set<Sector> sectors, String municipalityCode,
                           int certificateValidityMonths, ReminderPolicy reminderPolicy, int reminderDaysBeforeDue,
                           boolean hasLogo) {

    public SettingsView {
        sectors = Set.copyOf(sectors);
    }
}
