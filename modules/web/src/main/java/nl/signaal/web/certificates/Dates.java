package nl.signaal.web.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** {@code #{certificateDates.format(d)}}: a date as "14 maart 2025" / "March 14, 2025" in the view's language. */
@Named("certificateDates")
@ApplicationScoped
public class Dates {

    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(date);
    }
}
