package nl.signaal.routes.resolver.boundary;

import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.MunicipalityCode;
import nl.signaal.platform.shared.Sector;

/**
 * The situation to find a route for. Give a municipality, or only a province when the
 * reporter does not know or will not say the municipality.
 *
 * @param municipalityCode {@code GM0363}; null when only the province is known
 * @param provinceCode     {@code PV27}; ignored when a municipality is given
 * @param form             the form of exploitation; null = not known
 * @param sector           the reporter's sector when reporting from work; null = none or unknown
 * @param minor            the (possible) victim is under 18
 * @param acute            there is acute danger now
 * @param reporter         professional or citizen
 * @param anonymous        the reporter wants to stay anonymous
 */
public record RouteQuery(String municipalityCode, String provinceCode, FormOfExploitation form, Sector sector,
                         boolean minor, boolean acute, Reporter reporter, boolean anonymous) {

    public RouteQuery {
        if (municipalityCode != null && !municipalityCode.isBlank()) {
            municipalityCode = MunicipalityCode.parse(municipalityCode).value();
        } else {
            municipalityCode = null;
        }
        provinceCode = provinceCode == null || provinceCode.isBlank()
                ? null : provinceCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (municipalityCode == null && provinceCode == null) {
            throw new IllegalArgumentException("A route needs a municipality or a province");
        }
        if (reporter == null) {
            reporter = Reporter.CITIZEN;
        }
    }

    /** A citizen in {@code municipalityCode} with nothing else known: the simplest question. */
    public static RouteQuery citizenIn(String municipalityCode) {
        return new RouteQuery(municipalityCode, null, null, null, false, false, Reporter.CITIZEN, false);
    }

    public RouteQuery withForm(FormOfExploitation newForm) {
        return new RouteQuery(municipalityCode, provinceCode, newForm, sector, minor, acute, reporter, anonymous);
    }

    public RouteQuery withProfessional(Sector newSector) {
        return new RouteQuery(municipalityCode, provinceCode, form, newSector, minor, acute, Reporter.PROFESSIONAL, anonymous);
    }

    public RouteQuery withMinor(boolean newMinor) {
        return new RouteQuery(municipalityCode, provinceCode, form, sector, newMinor, acute, reporter, anonymous);
    }

    public RouteQuery withAcute(boolean newAcute) {
        return new RouteQuery(municipalityCode, provinceCode, form, sector, minor, newAcute, reporter, anonymous);
    }

    public RouteQuery withAnonymous(boolean newAnonymous) {
        return new RouteQuery(municipalityCode, provinceCode, form, sector, minor, acute, reporter, newAnonymous);
    }

    /** Whether the reporter works under the Meldcode huiselijk geweld en kindermishandeling. */
    public boolean professionalUnderMeldcode() {
        return reporter == Reporter.PROFESSIONAL && sector != null && sector.fallsUnderMeldcode();
    }
}
