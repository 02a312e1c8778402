package nl.signaal.web.api.routes;

import java.util.Locale;

/** {@code meldroute-GM0363.pdf} / {@code reporting-route-GM0363.pdf}: plain ASCII, safe in any header. */
final class RouteCardFileName {

    private RouteCardFileName() {
    }

    static String of(String placeCode, Locale locale) {
        String safe = placeCode.replaceAll("[^A-Za-z0-9]", "");
        return ("en".equals(locale.getLanguage()) ? "reporting-route-" : "meldroute-") + safe + ".pdf";
    }
}
