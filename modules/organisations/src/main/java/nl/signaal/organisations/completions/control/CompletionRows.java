package nl.signaal.organisations.completions.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.organisations.completions.boundary.CompletionRecord;
import nl.signaal.organisations.completions.entity.CompletionFact;
import nl.signaal.organisations.departments.boundary.DepartmentView;
import nl.signaal.organisations.departments.control.DepartmentTree;
import nl.signaal.organisations.departments.entity.Department;
import nl.signaal.organisations.members.entity.Member;
import nl.signaal.platform.tenant.TenantScope;

/**
 * Reads one organisation's completion facts with their members and department paths in three
 * statements, whatever the organisation's size (departments, members, facts; joined here by the
 * identity provider's subject, so a member imported after their completion is still found). The
 * organisation is given by id because the caller is a machine client without a tenant scope
 * ({@code CompletionExport} takes it from the verified token) — which is why this file is listed
 * in {@code TenantScopingTest}. Every query still filters on {@code :organisation}.
 */
@Dependent
public class CompletionRows {

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    public List<CompletionRecord> of(long organisationId) {
        DepartmentTree tree = new DepartmentTree(em.createNamedQuery(Department.FIND_ALL, Department.class)
                .setParameter(TenantScope.PARAMETER, organisationId).getResultStream()
                .map(d -> new DepartmentTree.Node(d.getId(), d.getParentId(), d.getName())).toList());
        Map<String, Member> members = new HashMap<>();
        em.createNamedQuery(Member.FIND_ALL, Member.class).setParameter(TenantScope.PARAMETER, organisationId)
                .getResultStream().forEach(m -> members.put(m.getKeycloakUserId(), m));
        Map<Long, String> paths = new HashMap<>();
        return em.createNamedQuery(CompletionFact.EXPORT, Object[].class)
                .setParameter(TenantScope.PARAMETER, organisationId)
                .getResultStream()
                .map(r -> {
                    String subject = (String) r[0];
                    Member m = members.get(subject);
                    Long department = m == null ? null : m.getDepartmentId();
                    return new CompletionRecord(m == null ? null : m.getId(), subject, m == null ? "" : text(m.getFirstName()),
                            m == null ? "" : text(m.getLastName()), m == null ? "" : text(m.getEmail()),
                            department == null ? "" : paths.computeIfAbsent(department,
                                    d -> tree.find(d).map(DepartmentView::path).orElse("")),
                            m == null ? "" : text(m.getJob()), m == null || m.isActive(), (Long) r[1], text(r[2]),
                            (Integer) r[3], (OffsetDateTime) r[4], (Integer) r[5], date(r[6]));
                })
                .toList();
    }

    private static String text(Object value) {
        return value == null ? "" : (String) value;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
