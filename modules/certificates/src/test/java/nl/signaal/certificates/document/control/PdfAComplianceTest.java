package nl.signaal.certificates.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Every certificate is PDF/A-2b according to veraPDF, the reference validator. */
class PdfAComplianceTest {

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Łukasz Żółć", "שרה לוי", "محمد العلي", "😀 Emoji 👩‍👩‍👧", "Nguyễn Thị Minh"})
    void theCertificateIsPdfA2b(String name) throws Exception {
        byte[] pdf = CertificatePdf.render(Certificates.facts(name), CertificatePdfTest.logo("png"),
                CertificatePdf.verificationUrl(Certificates.BASE_URL, Certificates.CODE));

        assertCompliant(pdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png"})
    void withEitherKindOfLogo(String format) throws Exception {
        assertCompliant(CertificatePdf.render(Certificates.facts("Anna de Vries"), CertificatePdfTest.logo(format),
                CertificatePdf.verificationUrl(Certificates.BASE_URL, Certificates.CODE)));
    }

    static void assertCompliant(byte[] pdf) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.toList());
            assertThat(result.isCompliant()).as("veraPDF PDF/A-2b; failed rules:%n%s", String.join("\n", failed)).isTrue();
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
        }
    }
}
