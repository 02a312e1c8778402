package nl.signaal.catalogue.transfer.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.signaal.catalogue.transfer.boundary.ImportProgress.Phase;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void readingShowsNothingDoneYet() {
        ImportProgress progress = new ImportProgress();
        assertThat(progress.phase()).isEqualTo(Phase.READING);
        assertThat(progress.percent()).isZero();
        assertThat(progress.outcome()).isEmpty();
        assertThat(progress.finished()).isFalse();
    }

    @Test
    void checkingFillsTheFirstHalfAndWritingTheSecond() {
        ImportProgress progress = new ImportProgress();
        progress.checking(10_000);
        progress.advance(3_200);
        assertThat(progress.done()).isEqualTo(3_200);
        assertThat(progress.total()).isEqualTo(10_000);
        assertThat(progress.percent()).isEqualTo(16);
        progress.advance(10_000);
        assertThat(progress.percent()).isEqualTo(50);

        progress.writing(10_000);
        assertThat(progress.done()).isZero();
        assertThat(progress.percent()).isEqualTo(50);
        progress.advance(5_000);
        assertThat(progress.percent()).isEqualTo(75);
        progress.advance(9_999);
        assertThat(progress.percent()).as("rounded down: not complete before it is").isEqualTo(99);
    }

    @Test
    void countsStayWithinTheRowsAndNeverOverflow() {
        ImportProgress progress = new ImportProgress();
        progress.checking(3);
        progress.advance(7);
        assertThat(progress.done()).isEqualTo(3);
        progress.advance(-1);
        assertThat(progress.done()).isZero();

        progress.checking(Integer.MAX_VALUE);
        progress.advance(Integer.MAX_VALUE - 1);
        assertThat(progress.percent()).isEqualTo(49);
    }

    @Test
    void anEmptyPhaseIsNoDivisionByZero() {
        ImportProgress progress = new ImportProgress();
        progress.checking(0);
        assertThat(progress.percent()).isZero();
        progress.writing(0);
        assertThat(progress.percent()).isEqualTo(50);
    }

    @Test
    void finishedMeansTheOutcomeIsThereAndTheBarIsFull() {
        ImportProgress progress = new ImportProgress();
        progress.checking(10);
        progress.advance(4);
        ImportOutcome refused = new ImportOutcome(List.of(new ImportError(5, "title", nl.signaal.catalogue.shared.Message.of("error.required"))), 0);
        progress.finish(refused);
        assertThat(progress.finished()).isTrue();
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.outcome()).contains(refused);
    }
}
