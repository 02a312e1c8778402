package nl.signaal.web.routes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.signaal.routes.regions.boundary.Municipalities;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;

/**
 * A municipality by its CBS code, for the autocomplete; an unknown code is refused with a
 * message. A CDI bean used as {@code converter="#{municipalityConverter}"} so that the
 * boundary can be injected (beans.xml discovers annotated beans only).
 */
@Named
@ApplicationScoped
public class MunicipalityConverter implements Converter<MunicipalitySummary> {

    @Inject
    Municipalities municipalities;

    @Override
    public MunicipalitySummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return municipalities.find(value).orElseThrow(() -> new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                RouteTexts.text(context.getViewRoot().getLocale(), "routes.error.unknownMunicipality", value), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MunicipalitySummary value) {
        return value == null ? "" : value.code();
    }
}
