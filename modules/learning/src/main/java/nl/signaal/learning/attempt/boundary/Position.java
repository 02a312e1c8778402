package nl.signaal.learning.attempt.boundary;

import java.util.Set;

/**
 * Where the learner resumes.
 *
 * @param currentItemId  the first quiz item not yet complete (quiz order); null when all are
 * @param currentNodeId  when that item is a scenario, the node to show; null otherwise
 * @param lessonsSeen    lesson ids seen so far
 * @param itemsComplete  item ids complete so far
 * @param readyToFinish  every lesson seen and every item complete
 */
public record Position(String currentItemId, String currentNodeId, Set<String> lessonsSeen, Set<String> itemsComplete,
                       boolean readyToFinish) {

    public Position {
        lessonsSeen = Set.copyOf(lessonsSeen);
        itemsComplete = Set.copyOf(itemsComplete);
    }
}
