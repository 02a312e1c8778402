package nl.signaal.organisations.settings.boundary;

import java.util.Set;
import nl.signaal.platform.shared.Sector;

/** An organisation's settings as its admins edit them; {@code certificateValidityMonths} null: no default validity. */
public record SettingsView(long id, String code, String name, Set<Sector> sectors, String municipalityCode,
                           Integer certificateValidityMonths, ReminderPolicy reminderPolicy, int reminderDaysBeforeDue,
                           boolean hasLogo) {

    public SettingsView {
        sectors = Set.copyOf(sectors);
    }
}
