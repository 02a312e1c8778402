package nl.signaal.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;

/**
 * The menu of the signed-in caller: one section per role they hold, in the order
 * learner, trainer, organisation admin, platform admin. Labels are bundle keys.
 */
@Named
@RequestScoped
public class Navigation {

    /** A menu entry: bundle key of its label and the outcome it links to. */
    public record Item(String labelKey, String outcome, String id) {
    }

    /** A titled group of entries for one role. */
    public record Section(String role, String titleKey, List<Item> items) {
    }

    @Inject
    CurrentCaller currentCaller;

    private List<Section> sections;

    public List<Section> getSections() {
        if (sections == null) {
            sections = build();
        }
        return sections;
    }

    /** The full name of the signed-in caller (EL 5 cannot read record components). */
    public String getDisplayName() {
        return currentCaller.current().map(Caller::displayName).orElse("");
    }

    public boolean isSignedIn() {
        return currentCaller.current().isPresent();
    }

    private List<Section> build() {
        List<Section> result = new ArrayList<>();
        Caller caller = currentCaller.current().orElse(null);
        if (caller == null) {
            return result;
        }
        if (caller.hasRole(Role.LEARNER)) {
            result.add(new Section(Role.LEARNER, "nav.learner", List.of(
                    new Item("nav.learn", "/learn/index", "nav-learn"),
                    new Item("nav.home", "/home", "nav-home"),
                    new Item("nav.routes", "/routes/index", "nav-routes"),
                    new Item("nav.coverage", "/routes/coverage", "nav-coverage"),
                    new Item("nav.certificates", "/me/certificates", "nav-certificates"))));
        }
        if (caller.hasRole(Role.TRAINER)) {
            result.add(new Section(Role.TRAINER, "nav.trainer", List.of(
                    new Item("nav.trainer.home", "/trainer/index", "nav-trainer"),
                    new Item("nav.courses", "/trainer/courses/index", "nav-courses"),
                    new Item("nav.catalogue", "/trainer/catalogue/index", "nav-catalogue"),
                    new Item("nav.catalogue.insights", "/trainer/catalogue/insights", "nav-catalogue-insights"),
                    new Item("nav.catalogue.propose", "/trainer/catalogue/propose", "nav-catalogue-propose"))));
        }
        if (caller.hasRole(Role.ORG_ADMIN)) {
            result.add(new Section(Role.ORG_ADMIN, "nav.orgadmin", List.of(
                    new Item("nav.orgadmin.home", "/org/index", "nav-orgadmin"),
                    new Item("nav.orgadmin.dashboard", "/org/dashboard", "nav-org-dashboard"),
                    new Item("nav.orgadmin.assignments", "/org/assignments", "nav-org-assignments"),
                    new Item("nav.orgadmin.members", "/org/members", "nav-org-members"),
                    new Item("nav.orgadmin.departments", "/org/departments", "nav-org-departments"),
                    new Item("nav.orgadmin.import", "/org/import", "nav-org-import"),
                    new Item("nav.orgadmin.certificates", "/org/certificates", "nav-org-certificates"),
                    new Item("nav.orgadmin.settings", "/org/settings", "nav-org-settings"))));
        }
        if (caller.hasRole(Role.PLATFORM_ADMIN)) {
            result.add(new Section(Role.PLATFORM_ADMIN, "nav.admin", List.of(
                    new Item("nav.admin.home", "/admin/index", "nav-admin"),
                    new Item("nav.admin.organisations", "/admin/organisations/index", "nav-admin-organisations"),
                    new Item("nav.admin.routes", "/admin/routes/index", "nav-admin-routes"),
                    new Item("nav.admin.catalogue", "/admin/catalogue/index", "nav-admin-catalogue"),
                    new Item("nav.catalogue", "/trainer/catalogue/index", "nav-admin-catalogue-search"),
                    new Item("nav.courses", "/trainer/courses/index", "nav-admin-courses"),
                    new Item("nav.admin.system", "/admin/system", "nav-admin-system"))));
        }
        return result;
    }
}
