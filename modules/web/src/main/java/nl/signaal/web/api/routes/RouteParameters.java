package nl.signaal.web.api.routes;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.MunicipalityCode;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.resolver.boundary.Reporter;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.web.api.InvalidParameterException;
import nl.signaal.web.routes.RouteTexts;

/**
 * The questions of "Waar meld ik?" as query parameters, shared by the JSON route and the
 * route card PDF so both answer the same URL the same way. Every value is checked here and
 * a bad one named with its allowed values (400), instead of JAX-RS's silent 404 for an
 * unconvertible enum. Documented for OpenAPI on the resource methods ({@link RoutesResource#route}):
 * Payara's OpenAPI scanner cannot read {@code @Parameter} on a bean parameter's fields.
 */
public class RouteParameters {

    @QueryParam("municipality")
    String municipality;

    @QueryParam("province")
    String province;

    @QueryParam("form")
    String form;

    @QueryParam("sector")
    String sector;

    @QueryParam("minor")
    String minor;

    @QueryParam("acute")
    String acute;

    @QueryParam("reporter")
    String reporter;

    @QueryParam("anonymous")
    String anonymous;

    @QueryParam("lang")
    String lang;

    @HeaderParam("Accept-Language")
    String acceptLanguage;

    public RouteParameters() {
    }

    /** For tests and other callers: the parameters as they would arrive in a URL. */
    public RouteParameters(String municipality, String province, String form, String sector, String minor,
                           String acute, String reporter, String anonymous) {
        this.municipality = municipality;
        this.province = province;
        this.form = form;
        this.sector = sector;
        this.minor = minor;
        this.acute = acute;
        this.reporter = reporter;
        this.anonymous = anonymous;
    }

    /**
     * @throws InvalidParameterException naming the first bad parameter
     */
    public RouteQuery query() {
        String municipalityCode = blank(municipality) ? null : municipalityCode(municipality);
        if (municipalityCode == null && blank(province)) {
            throw new InvalidParameterException("municipality", null, List.of(), "api.error.placeRequired");
        }
        return new RouteQuery(municipalityCode, province, choice("form", form, FormOfExploitation.class),
                choice("sector", sector, Sector.class), yesNo("minor", minor), yesNo("acute", acute),
                choice("reporter", reporter, Reporter.class), yesNo("anonymous", anonymous));
    }

    public Locale locale(List<Locale> acceptable) {
        return RouteTexts.choose(lang, acceptable);
    }

    private static String municipalityCode(String value) {
        try {
            return MunicipalityCode.parse(value).value();
        } catch (IllegalArgumentException malformed) {
            throw new InvalidParameterException("municipality", value, List.of());
        }
    }

    static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameterException(parameter, value,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }
    }

    private static boolean yesNo(String parameter, String value) {
        if (blank(value)) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(parameter, value, List.of("true", "false"));
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
