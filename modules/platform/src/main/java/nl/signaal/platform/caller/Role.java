package nl.signaal.platform.caller;

/**
 * The product's roles. Keycloak realm roles carry exactly these names and reach the
 * application as Jakarta Security groups, so {@code @RolesAllowed(Role.TRAINER)} works as written.
 */
public final class Role {
    public static final String LEARNER = "learner";
    public static final String TRAINER = "trainer";
    public static final String ORG_ADMIN = "org-admin";
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** All roles, most powerful last; the order the navigation shows them in. */
    public static final java.util.List<String> ALL = java.util.List.of(LEARNER, TRAINER, ORG_ADMIN, PLATFORM_ADMIN);

    private Role() {
    }
}
