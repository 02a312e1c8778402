package nl.signaal.catalogue.campaigns.boundary;

/**
 * Where a campaign ran; the area codes say which provinces ({@code PVnn}) or municipalities
 * ({@code GMnnnn}). Bundle keys {@code scope.<NAME>}.
 */
public enum GeographicScope {
    NATIONAL, PROVINCE, MUNICIPALITY
}
