package nl.signaal.routes.points.boundary;

/**
 * The national points the resolver's rules name. A point carries at most one key and a key
 * belongs to at most one point, so an admin can correct a phone number without touching
 * the rules, and cannot delete a point a rule depends on.
 */
public enum RoutingKey {
    /** 112. */
    EMERGENCY,
    /** Politie, 0900-8844: report or aangifte; the national fallback. */
    POLICE,
    /** Meld Misdaad Anoniem, 0800-7000. */
    ANONYMOUS_REPORTING,
    /** Nederlandse Arbeidsinspectie: labour exploitation. */
    LABOUR_INSPECTORATE,
    /** Koninklijke Marechaussee. */
    BORDER_POLICE,
    /** CoMensha's helpdesk (which also registers victims): the national advice fallback. */
    NATIONAL_ADVICE,
    /** Meldpunt Uitbuiting Minderjarigen. */
    MINORS,
    /** Veilig Thuis, 0800-2000: the Meldcode route. */
    VEILIG_THUIS,
    /** FairWork: confidential advice for victims of labour exploitation. */
    LABOUR_VICTIM_ADVICE
}
