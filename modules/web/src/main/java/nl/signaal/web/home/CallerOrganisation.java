package nl.signaal.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import nl.signaal.organisations.directory.boundary.OrganisationDirectory;
import nl.signaal.organisations.directory.boundary.OrganisationSummary;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;

/** The organisation of the signed-in caller, looked up once per request. */
@Named
@RequestScoped
public class CallerOrganisation {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    OrganisationDirectory directory;

    private Optional<OrganisationSummary> organisation;

    /** Empty when nobody is signed in, the token has no organisation, or it names an unknown one. */
    public Optional<OrganisationSummary> find() {
        if (organisation == null) {
            organisation = currentCaller.current()
                    .flatMap(Caller::organisation)
                    .flatMap(directory::findByCode);
        }
        return organisation;
    }

    public String getName() {
        return find().map(OrganisationSummary::name).orElse("");
    }
}
