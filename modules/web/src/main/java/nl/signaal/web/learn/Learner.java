package nl.signaal.web.learn;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.signaal.organisations.directory.boundary.OrganisationDirectory;
import nl.signaal.organisations.directory.boundary.OrganisationSummary;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.shared.Sector;
import nl.signaal.web.home.CallerOrganisation;
import nl.signaal.web.i18n.LanguagePreference;

/**
 * What the player needs to know about the signed-in learner, looked up once per request:
 * their organisation's municipality (the region whose reporting route a lesson shows), its
 * sectors (whose courses come first) and the interface language.
 */
@RequestScoped
public class Learner {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CallerOrganisation callerOrganisation;

    @Inject
    OrganisationDirectory directory;

    @Inject
    LanguagePreference language;

    private Set<Sector> sectors;

    /** The CBS code of the organisation's municipality; empty when the organisation has none set. */
    public Optional<String> municipalityCode() {
        return callerOrganisation.find().map(OrganisationSummary::municipalityCode).filter(c -> !c.isBlank());
    }

    public Set<Sector> sectors() {
        if (sectors == null) {
            sectors = currentCaller.current().flatMap(Caller::organisation).map(directory::sectorsOf).orElse(Set.of());
        }
        return sectors;
    }

    public Locale locale() {
        return language.getLocale();
    }
}
