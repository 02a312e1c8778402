/** JPA mapping of courses and versions (schema {@code learning}); the content is a JSON document per version. */
package nl.signaal.learning.course.entity;
