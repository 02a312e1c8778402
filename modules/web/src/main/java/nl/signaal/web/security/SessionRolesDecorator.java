package nl.signaal.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Keeps a signed-in person's roles on every request of their session (Payara issue 6145).
 *
 * <p>On a request of a signed-in session the OpenID Connect mechanism only hands the container
 * the session's caller principal ({@code CallerPrincipalCallback}); Payara 6.2025.9 finds the
 * session's groups through a field of its <em>shared</em> default security context
 * ({@code JaspicRealm.setAdditionalPrincipalInContext}, read in
 * {@code BaseContainerCallbackHandler.processCallerPrincipal}) that every concurrent request
 * overwrites or clears. When another request got there in between, the caller is established
 * without groups and refused with 403 (fixed in Payara 7.2026.2, FISH-7515). This decorator
 * hands the container the caller's groups as well ({@code GroupPrincipalCallback}), so they no
 * longer depend on that race.
 *
 * <p>The groups come from the same place and by the same rule as at sign-in: the session's
 * {@link OpenIdContext}, whose tokens the OpenID Connect identity store validated (signature,
 * issuer, audience) and stored, read with {@link SecurityConfiguration#GROUPS_CLAIM} in the
 * store's order (access token, identity token, user info). Nothing else is trusted: without a
 * validated identity token in the session, or when its caller name is not the session's
 * principal, no group is added and the container's own result stands. Sign-in, token refresh
 * and logout stay the mechanism's.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class SessionRolesDecorator implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Inject
    OpenIdContext openIdContext;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext httpMessageContext) throws AuthenticationException {
        Principal sessionCaller = request.getUserPrincipal();
        AuthenticationStatus status = delegate.validateRequest(request, response, httpMessageContext);
        if (sessionCaller == null || status != AuthenticationStatus.SUCCESS) {
            return status;
        }
        List<String> groups = validatedGroups(openIdContext, sessionCaller.getName());
        if (!groups.isEmpty()) {
            try {
                httpMessageContext.getHandler().handle(new Callback[] {
                        new GroupPrincipalCallback(httpMessageContext.getClientSubject(), groups.toArray(String[]::new))});
            } catch (IOException | UnsupportedCallbackException e) {
                throw new AuthenticationException("The session's groups could not be handed to the container.", e);
            }
        }
        return status;
    }

    /**
     * The groups the identity store derived at sign-in (or at the last token refresh) for
     * {@code callerName}, from the session's validated tokens; empty when the session holds no
     * validated identity token or one of another caller.
     */
    static List<String> validatedGroups(OpenIdContext context, String callerName) {
        IdentityToken identityToken = context.getIdentityToken();
        if (identityToken == null || callerName == null) {
            return List.of();
        }
        String tokenCaller = first(() -> identityToken.getJwtClaims().getStringClaim(SecurityConfiguration.CALLER_NAME_CLAIM),
                () -> accessTokenClaims(context).flatMap(c -> c.getStringClaim(SecurityConfiguration.CALLER_NAME_CLAIM)),
                () -> Optional.ofNullable(context.getClaims()).flatMap(c -> c.getStringClaim(SecurityConfiguration.CALLER_NAME_CLAIM)))
                .orElseGet(context::getSubject);
        if (!callerName.equals(tokenCaller)) {
            return List.of();
        }
        List<String> fromAccessToken = accessTokenClaims(context)
                .map(c -> c.getArrayStringClaim(SecurityConfiguration.GROUPS_CLAIM)).orElse(List.of());
        if (!fromAccessToken.isEmpty()) {
            return fromAccessToken;
        }
        List<String> fromIdentityToken = identityToken.getJwtClaims().getArrayStringClaim(SecurityConfiguration.GROUPS_CLAIM);
        if (!fromIdentityToken.isEmpty()) {
            return fromIdentityToken;
        }
        return Optional.ofNullable(context.getClaims())
                .map(c -> c.getArrayStringClaim(SecurityConfiguration.GROUPS_CLAIM)).orElse(List.of());
    }

    private static Optional<jakarta.security.enterprise.identitystore.openid.JwtClaims> accessTokenClaims(OpenIdContext context) {
        return Optional.ofNullable(context.getAccessToken()).map(token -> token.getJwtClaims());
    }

    @SafeVarargs
    private static Optional<String> first(Supplier<Optional<String>>... candidates) {
        for (Supplier<Optional<String>> candidate : candidates) {
            Optional<String> value = candidate.get();
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
