/**
 * Trainers author courses: the course list, the editor (details, lessons and their blocks,
 * material from the catalogue, preview as a learner, publish) and "use in a course" from the
 * catalogue. The rules (what may be published) live in the learning context; these beans
 * only keep the trainer's working copy between requests.
 */
package nl.signaal.web.authoring;
