package nl.signaal.certificates.issuing.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import nl.signaal.certificates.issuing.entity.Certificate;

/** Test-only look into the table, and a revocation without a signed-in admin. */
@Stateless
public class CertificateProbe {

    @PersistenceContext(unitName = "certificates")
    EntityManager em;

    public List<String> codesOfCompletion(long completionId) {
        return em.createNamedQuery(Certificate.FIND_BY_COMPLETION, Certificate.class)
                .setParameter("completion", completionId).getResultStream().map(Certificate::getCode).toList();
    }

    public void revoke(String code, String reason) {
        em.createNamedQuery(Certificate.FIND_BY_CODE, Certificate.class).setParameter("code", code).getSingleResult()
                .revoke(Instant.now(), "probe", reason);
    }
}
