package nl.signaal.routes.regions.boundary;

/**
 * What a platform admin may change about a municipality: the regions it belongs to and where
 * that knowledge comes from. The CBS code, name and province are fixed by law and the CBS
 * list, so they are not part of a change. A blank region means "unknown" (stored as
 * {@code null}, shown as unknown), never "none".
 *
 * @param code                   the municipality, {@code GM0363}
 * @param safetyRegionCode       {@code VR01}–{@code VR25}; the police unit follows from it
 * @param ggdRegion              GGD region name, blank when unknown
 * @param riecRegion             RIEC region name, blank when unknown
 * @param riecRegionConfirmed    true only when a source confirms the RIEC region (not just inferred)
 * @param veiligThuisRegion      Veilig Thuis region name, blank when unknown
 * @param careCoordinationRegion care-coordination region name, blank when unknown
 * @param source                 where these facts come from (required)
 */
public record DivisionsChange(String code, String safetyRegionCode, String ggdRegion, String riecRegion,
                              boolean riecRegionConfirmed, String veiligThuisRegion, String careCoordinationRegion,
                              String source) {
}
