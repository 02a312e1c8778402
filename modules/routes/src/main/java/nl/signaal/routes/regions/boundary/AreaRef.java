package nl.signaal.routes.regions.boundary;

/**
 * A named area by its code: a province ({@code PV27}), a safety region ({@code VR13}) or a
 * police unit ({@code AMSTERDAM}).
 */
public record AreaRef(String code, String name) {
}
