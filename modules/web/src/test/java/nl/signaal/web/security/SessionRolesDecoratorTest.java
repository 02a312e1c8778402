package nl.signaal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which groups {@link SessionRolesDecorator} hands the container for a signed-in session: those
 * of the session's validated tokens, read as the OpenID Connect identity store reads them, and
 * none at all when the tokens are missing or name another caller.
 */
class SessionRolesDecoratorTest {

    @Test
    void theAccessTokensGroupsComeFirstAsAtSignIn() {
        OpenIdContext session = context(Map.of("preferred_username", "leerling.zorg", "groups", List.of("learner")),
                Map.of("groups", List.of("learner", "trainer")), Map.of());

        assertThat(SessionRolesDecorator.validatedGroups(session, "leerling.zorg")).containsExactly("learner", "trainer");
    }

    @Test
    void withoutGroupsInTheAccessTokenTheIdentityTokensCountThenTheUserInfo() {
        OpenIdContext idToken = context(Map.of("preferred_username", "trainer.zorg", "groups", List.of("trainer")),
                Map.of(), Map.of("groups", List.of("org-admin")));
        OpenIdContext userInfo = context(Map.of("preferred_username", "beheer.zorg"), Map.of(), Map.of("groups", List.of("org-admin")));

        assertThat(SessionRolesDecorator.validatedGroups(idToken, "trainer.zorg")).containsExactly("trainer");
        assertThat(SessionRolesDecorator.validatedGroups(userInfo, "beheer.zorg")).containsExactly("org-admin");
    }

    @Test
    void tokensOfAnotherCallerGiveNoGroups() {
        OpenIdContext someoneElse = context(Map.of("preferred_username", "platformbeheer", "groups", List.of("platform-admin")),
                Map.of("groups", List.of("platform-admin")), Map.of());

        assertThat(SessionRolesDecorator.validatedGroups(someoneElse, "leerling.zorg")).isEmpty();
        assertThat(SessionRolesDecorator.validatedGroups(someoneElse, null)).isEmpty();
    }

    @Test
    void aSessionWithoutAValidatedIdentityTokenGivesNoGroups() {
        OpenIdContext empty = proxy(OpenIdContext.class, Map.of("getIdentityToken", Optional.empty()));

        assertThat(SessionRolesDecorator.validatedGroups(empty, "leerling.zorg")).isEmpty();
    }

    @Test
    void withoutANameClaimTheSubjectNamesTheCaller() {
        OpenIdContext bySubject = context(Map.of("groups", List.of("learner")), Map.of(), Map.of());

        assertThat(SessionRolesDecorator.validatedGroups(bySubject, "subject-1")).containsExactly("learner");
        assertThat(SessionRolesDecorator.validatedGroups(bySubject, "leerling.zorg")).isEmpty();
    }

    // ---- fakes: claims from maps of String or List<String> values

    private static OpenIdContext context(Map<String, Object> idClaims, Map<String, Object> accessClaims, Map<String, Object> userInfo) {
        IdentityToken id = proxy(IdentityToken.class, Map.of("getJwtClaims", claims(JwtClaims.class, idClaims)));
        AccessToken access = proxy(AccessToken.class, Map.of("getJwtClaims", claims(JwtClaims.class, accessClaims)));
        return proxy(OpenIdContext.class, Map.of("getIdentityToken", id, "getAccessToken", access,
                "getClaims", claims(OpenIdClaims.class, userInfo), "getSubject", "subject-1"));
    }

    private static <T> T claims(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> switch (method.getName()) {
            case "getStringClaim" -> Optional.ofNullable(values.get((String) args[0])).filter(String.class::isInstance).map(String.class::cast);
            case "getArrayStringClaim" -> values.get((String) args[0]) instanceof List<?> list ? list : List.of();
            default -> throw new UnsupportedOperationException(method.getName());
        }));
    }

    /** A fake answering the named methods; {@code Optional.empty()} stands for null. */
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            Object answer = answers.get(method.getName());
            return Optional.empty().equals(answer) ? null : answer;
        }));
    }
}
