package nl.signaal.catalogue.insights.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.insights.boundary.Tally;
import org.junit.jupiter.api.Test;

class InsightQueriesTest {

    @Test
    void everyValueIsListedInOrderWithZerosAndUnknownLast() {
        List<Tally> all = InsightQueries.withAll(List.of(new Tally("PROFESSIONALS", 3), new Tally(null, 2),
                new Tally("CITIZENS", 1)), Audience.values());
        assertThat(all).containsExactly(new Tally("CITIZENS", 1), new Tally("YOUNG_PEOPLE", 0), new Tally("EMPLOYERS", 0),
                new Tally("PROFESSIONALS", 3), new Tally(null, 2));
    }

    @Test
    void noUnknownBarWhenEverythingIsKnown() {
        assertThat(InsightQueries.withAll(List.of(), Audience.values())).hasSize(4).noneMatch(Tally::unknown);
    }
}
