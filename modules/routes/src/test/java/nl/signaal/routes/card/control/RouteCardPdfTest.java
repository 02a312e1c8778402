package nl.signaal.routes.card.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.points.boundary.Confidence;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.routes.resolver.boundary.RouteStep;
import nl.signaal.routes.resolver.control.RouteResolver;
import nl.signaal.routes.tools.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The route card as a reader sees it: its extracted text, not its bytes. */
class RouteCardPdfTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    private static List<RouteStep> route(RouteQuery query) {
        return new RouteResolver().resolve(Fixtures.seeded(), query);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines wrap where the page is full: compare words, not line breaks
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aFrisianMunicipalityPrintsWithItsAccentsAndEveryStepInOrder() throws IOException {
        String code = Fixtures.seeded().municipalities().values().stream()
                .filter(m -> m.name().equals("Súdwest-Fryslân")).findFirst().orElseThrow().code();
        List<RouteStep> steps = route(RouteQuery.citizenIn(code).withForm(FormOfExploitation.LABOUR).withAcute(true));

        byte[] pdf = RouteCardPdf.render("Súdwest-Fryslân", steps, DUTCH, TODAY);
        String text = text(pdf);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text).contains("Meldroute voor Súdwest-Fryslân");
        int previous = -1;
        for (RouteStep step : steps) {
            int at = text.indexOf(step.position() + ". " + step.point().name());
            assertThat(at).as("step %s (%s) on the card after the previous one", step.position(), step.point().name())
                    .isGreaterThan(previous);
            previous = at;
        }
        assertThat(text).contains("Nederlandse Arbeidsinspectie", "112", "Waarom:", "Bronnen", "14 maart 2025");
        assertThat(text).contains(steps.get(0).reason().format(DUTCH));
    }

    @Test
    void theCardIsOnePageWithEmbeddedUnicodeFontsEvenForTheLongestRoute() throws IOException {
        List<RouteStep> steps = route(new RouteQuery("GM0363", null, FormOfExploitation.LABOUR, Sector.HEALTHCARE,
                true, true, nl.signaal.routes.resolver.boundary.Reporter.PROFESSIONAL, true));

        byte[] pdf = RouteCardPdf.render("Amsterdam", steps, DUTCH, TODAY);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("DejaVuSans");
        }
        String text = text(pdf);
        assertThat(text).contains("Meld Misdaad Anoniem", "Veilig Thuis", steps.get(steps.size() - 1).point().name());
    }

    @Test
    void unconfirmedDataAndMissingVerificationAreVisibleInEnglishToo() throws IOException {
        List<RouteStep> steps = Fixtures.seeded().municipalities().keySet().stream()
                .map(code -> route(RouteQuery.citizenIn(code)))
                .filter(route -> route.stream().anyMatch(s -> s.point().confidence() == Confidence.UNCONFIRMED))
                .findFirst().orElseThrow();

        String text = text(RouteCardPdf.render("Łódź-like Ämsterdam ễ", steps, Locale.ENGLISH, TODAY));

        assertThat(text).contains("Reporting route for Łódź-like Ämsterdam ễ", "Why:", "Sources",
                "Unconfirmed: check this with the source", "Not yet verified");
    }
}
