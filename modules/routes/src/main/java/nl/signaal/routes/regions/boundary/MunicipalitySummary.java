package nl.signaal.routes.regions.boundary;

/**
 * A municipality with every region it belongs to, as far as known. A {@code null} region
 * means unknown and must be shown as unknown, never as "none".
 *
 * @param code                   CBS code, {@code GM0363}
 * @param name                   CBS spelling, e.g. {@code 's-Gravenhage}
 * @param alsoKnownAs            everyday names people search by (e.g. {@code Den Haag}), may be null
 * @param province               always known
 * @param safetyRegion           always known (Wet veiligheidsregio's)
 * @param policeUnit             derived from the safety region; confirmed
 * @param ggdRegion              GGD name in RIVM spelling, may be null
 * @param riecRegion             may be null
 * @param riecRegionConfirmed    false while the RIEC is only inferred from the police unit
 * @param veiligThuisRegion      null = unknown
 * @param careCoordinationRegion null = unknown
 */
public record MunicipalitySummary(String code, String name, String alsoKnownAs, AreaRef province,
                                  AreaRef safetyRegion, AreaRef policeUnit, String ggdRegion,
                                  String riecRegion, boolean riecRegionConfirmed,
                                  String veiligThuisRegion, String careCoordinationRegion) {
}
