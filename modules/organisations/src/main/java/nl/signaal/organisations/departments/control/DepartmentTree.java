package nl.signaal.organisations.departments.control;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.signaal.organisations.departments.boundary.DepartmentView;

/**
 * One organisation's departments as a tree, built from the flat rows in one pass: listed
 * depth-first in Dutch alphabetical order, each with its full path. Also resolves the paths
 * people write in a CSV file ({@code Zorg/Verpleging}, case and spaces around the slashes
 * ignored) to ids.
 */
public final class DepartmentTree {

    /** A flat row as stored. */
    public record Node(long id, Long parentId, String name) {
    }

    private static final Collator DUTCH = Collator.getInstance(Locale.forLanguageTag("nl"));

    private final List<DepartmentView> ordered = new ArrayList<>();
    private final Map<String, Long> byNormalisedPath = new HashMap<>();

    public DepartmentTree(List<Node> nodes) {
        Map<Long, List<Node>> children = new HashMap<>();
        for (Node n : nodes) {
            children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
        }
        walk(children, null, "", 0);
    }

    private void walk(Map<Long, List<Node>> children, Long parent, String prefix, int depth) {
        List<Node> level = new ArrayList<>(children.getOrDefault(parent, List.of()));
        level.sort(Comparator.comparing(Node::name, DUTCH));
        for (Node n : level) {
            String path = prefix.isEmpty() ? n.name() : prefix + DepartmentView.SEPARATOR + n.name();
            ordered.add(new DepartmentView(n.id(), n.parentId(), n.name(), path, depth));
            byNormalisedPath.put(normalise(path), n.id());
            walk(children, n.id(), path, depth + 1);
        }
    }

    /** Depth-first, alphabetical within each level. */
    public List<DepartmentView> ordered() {
        return List.copyOf(ordered);
    }

    /** The id of the department at {@code path} ({@code "Zorg/Verpleging"} or {@code "zorg / verpleging"}). */
    public Optional<Long> resolve(String path) {
        return Optional.ofNullable(byNormalisedPath.get(normalise(path)));
    }

    public Optional<DepartmentView> find(long id) {
        return ordered.stream().filter(d -> d.id() == id).findFirst();
    }

    /** Whether a sibling under {@code parentId} already carries this name (case-insensitive). */
    public boolean nameTaken(Long parentId, String name, Long exceptId) {
        return ordered.stream().anyMatch(d -> java.util.Objects.equals(d.parentId(), parentId)
                && d.name().strip().equalsIgnoreCase(name.strip()) && (exceptId == null || d.id() != exceptId));
    }

    static String normalise(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("/")) {
            String p = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!p.isEmpty()) {
                out.append(out.isEmpty() ? "" : "/").append(p);
            }
        }
        return out.toString();
    }
}
