package nl.signaal.routes.importing.control;

import java.util.List;
import nl.signaal.routes.importing.boundary.CsvError;
import nl.signaal.routes.points.boundary.ReportingPointData;

/**
 * What a CSV file holds: all its points when it is clean, otherwise only the errors (a
 * partly valid file yields no points, so nobody can import half of it by mistake).
 */
public record ParsedCsv(List<ReportingPointData> points, List<CsvError> errors) {

    public ParsedCsv {
        points = List.copyOf(points);
        errors = List.copyOf(errors);
        if (!errors.isEmpty() && !points.isEmpty()) {
            throw new IllegalArgumentException("A file with errors yields no points");
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
