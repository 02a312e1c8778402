package nl.signaal.organisations.importing.boundary;

import java.util.List;

/**
 * One thing wrong with an import file.
 *
 * @param line the line of the file (1 is the header), as a spreadsheet shows it; 0 for the file as a whole
 * @param key  key in the web's {@code organisations} bundle, e.g. {@code org.import.error.email.invalid}
 * @param args the values the message shows, e.g. the e-mail address
 */
public record ImportProblem(int line, String key, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(int line, String key, Object... args) {
        return new ImportProblem(line, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
