package nl.signaal.catalogue.shared;

import java.util.List;

/**
 * One page of results and how many there are in all, so that a lazy table can show its paginator.
 *
 * @param items the rows of this page
 * @param total the number of rows matching, over all pages
 * @param first the offset of the first row
 * @param size  the requested page size
 */
public record Page<T>(List<T> items, long total, int first, int size) {

    public Page {
        items = List.copyOf(items);
    }
}
