package nl.signaal.organisations.departments.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.signaal.organisations.departments.boundary.DepartmentView;
import org.junit.jupiter.api.Test;

class DepartmentTreeTest {

    private final DepartmentTree tree = new DepartmentTree(List.of(
            new DepartmentTree.Node(3, 1L, "Verpleging"),
            new DepartmentTree.Node(1, null, "Zorg"),
            new DepartmentTree.Node(2, null, "Administratie"),
            new DepartmentTree.Node(4, 1L, "Ärzte"),
            new DepartmentTree.Node(5, 3L, "Nachtdienst")));

    @Test
    void listsDepthFirstAlphabeticallyWithPaths() {
        assertThat(tree.ordered()).containsExactly(
                new DepartmentView(2, null, "Administratie", "Administratie", 0),
                new DepartmentView(1, null, "Zorg", "Zorg", 0),
                new DepartmentView(4, 1L, "Ärzte", "Zorg / Ärzte", 1),
                new DepartmentView(3, 1L, "Verpleging", "Zorg / Verpleging", 1),
                new DepartmentView(5, 3L, "Nachtdienst", "Zorg / Verpleging / Nachtdienst", 2));
    }

    @Test
    void resolvesPathsAsPeopleTypeThem() {
        assertThat(tree.resolve("Zorg/Verpleging/Nachtdienst")).contains(5L);
        assertThat(tree.resolve(" zorg /  verpleging ")).contains(3L);
        assertThat(tree.resolve("Zorg / Verpleging / Nachtdienst")).contains(5L);
        assertThat(tree.resolve("Verpleging")).isEmpty();
        assertThat(tree.resolve("Zorg/Keuken")).isEmpty();
    }

    @Test
    void namesAreUniquePerParentIgnoringCase() {
        assertThat(tree.nameTaken(1L, "verpleging", null)).isTrue();
        assertThat(tree.nameTaken(1L, "verpleging", 3L)).isFalse();
        assertThat(tree.nameTaken(null, "Verpleging", null)).isFalse();
        assertThat(tree.nameTaken(null, " zorg ", null)).isTrue();
    }
}
