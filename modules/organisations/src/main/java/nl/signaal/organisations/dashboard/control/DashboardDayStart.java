package nl.signaal.organisations.dashboard.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.signaal.platform.tenant.TenantScope;

/**
 * What is overdue, due soon and expiring changes at midnight without any change in the data, so
 * the completion part an organisation's dashboard keeps holds for one day only, and computing it
 * whole takes ~150 ms for 10,000 staff (docs/adr/0010). Just after midnight (Dutch time) each
 * server therefore computes the new day's part of every organisation whose dashboard it keeps —
 * the organisations whose admins use it — so their first load of the day is served a kept part.
 * Not persistent: a server that was down at midnight computes on the first load instead.
 */
@Stateless
public class DashboardDayStart {

    private static final Logger LOG = Logger.getLogger(DashboardDayStart.class.getName());

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DashboardCache cache;

    @EJB
    DashboardDayStart self;

    @Schedule(hour = "0", minute = "0", second = "30", timezone = "Europe/Amsterdam", persistent = false,
            info = "signaal dashboards of the new day")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void newDay() {
        LocalDate today = LocalDate.now(clock.withZone(DashboardReader.ZONE));
        int computed = 0;
        for (long organisation : cache.organisations()) {
            if (cache.keptCompletion(organisation).map(k -> k.day().isBefore(today)).orElse(false)) {
                try {
                    self.compute(organisation);
                    computed++;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The dashboard of organisation " + organisation
                            + " was not computed for the new day; its first load computes it", e);
                }
            }
        }
        LOG.log(Level.INFO, "Dashboards computed for {0}: {1}", new Object[] {today, computed});
    }

    /** One organisation's dashboard for today, kept for its first load; in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void compute(long organisation) {
        DashboardReader.of(em, TenantScope.ofOrganisation(organisation), clock, cache).report();
    }
}
