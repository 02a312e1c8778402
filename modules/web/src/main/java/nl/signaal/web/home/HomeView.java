package nl.signaal.web.home;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;

/** Backing bean of /home.xhtml: who you are, where you work, what you can do. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentCaller currentCaller;

    @Inject
    transient CallerOrganisation callerOrganisation;

    public String getDisplayName() {
        return currentCaller.require().displayName();
    }

    public String getOrganisationName() {
        return callerOrganisation.getName();
    }

    public List<String> getRoles() {
        Caller caller = currentCaller.require();
        return nl.signaal.platform.caller.Role.ALL.stream().filter(caller::hasRole).toList();
    }
}
