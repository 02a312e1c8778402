package nl.signaal.routes.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed migrations must be exactly what the generator makes of the reference files; a
 * hand edit of the SQL, or a changed reference file without regenerating, fails here.
 */
class SeedSqlTest {

    @Test
    void regionsMigrationIsGeneratedFromTheReferenceFiles() throws IOException {
        assertThat(Files.readString(Path.of(SeedSql.REGIONS_FILE), StandardCharsets.UTF_8))
                .isEqualTo(SeedSql.regions(ReferenceData.load()));
    }

    @Test
    void pointsMigrationIsGeneratedFromSeedPoints() throws IOException {
        assertThat(Files.readString(Path.of(SeedSql.POINTS_FILE), StandardCharsets.UTF_8))
                .isEqualTo(SeedSql.points(SeedPoints.all()));
    }

    @Test
    void quotesAreEscapedSoNamesLikeDenHaagSurvive() {
        assertThat(SeedSql.q("'s-Gravenhage")).isEqualTo("'''s-Gravenhage'");
        assertThat(SeedSql.q(null)).isEqualTo("NULL");
    }
}
