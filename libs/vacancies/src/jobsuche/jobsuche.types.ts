/**
 * The parts of the Bundesagentur für Arbeit Jobsuche API (v4, `jobsuche-openapi.yaml`) the
 * connector reads. Fields are optional because the API leaves many out; v3/v4 detail answers
 * use `stellenangebotsTitel`, `stellenangebotsBeschreibung` and `referenznummer` besides the
 * older names.
 */
export interface JobsucheCoordinates {
  lat?: number;
  lon?: number;
}

export interface JobsucheWorkplace {
  land?: string;
  region?: string;
  plz?: string | number;
  ort?: string;
  strasse?: string;
  koordinaten?: JobsucheCoordinates;
}

export interface JobsucheListing {
  hashId?: string;
  beruf?: string;
  refnr?: string;
  arbeitgeber?: string;
  aktuelleVeroeffentlichungsdatum?: string;
  eintrittsdatum?: string;
  arbeitsort?: JobsucheWorkplace;
  kundennummerHash?: string | null;
  externeUrl?: string | null;
  modifikationsTimestamp?: string;
}

export interface JobsucheSearchResponse {
  stellenangebote?: JobsucheListing[];
  maxErgebnisse?: string;
  page?: string;
  size?: string;
}

export interface JobsucheEmployerAddress {
  land?: string;
  region?: string;
  plz?: string;
  ort?: string;
  strasse?: string;
  strasseHausnummer?: string;
}

export interface JobsucheSkillGroup {
  hierarchieName?: string;
  /** Proficiency (e.g. `ERWEITERTE_KENNTNISSE`) to a list of skill names. */
  auspraegungen?: Record<string, string[]>;
}

export interface JobsucheJobDetails {
  aktuelleVeroeffentlichungsdatum?: string;
  /** `ARBEIT`, `AUSBILDUNG`, `SELBSTAENDIGKEIT`, `PRAKTIKUM_TRAINEE`. */
  angebotsart?: string;
  arbeitgeber?: string;
  branchengruppe?: string;
  branche?: string;
  arbeitgeberHashId?: string;
  arbeitgeberKundennummerHash?: string | null;
  arbeitsorte?: JobsucheWorkplace[];
  /** `VOLLZEIT`, `TEILZEIT`, `MINIJOB`, `SCHICHT_NACHTARBEIT_WOCHENENDE`, `HEIM_TELEARBEIT`. */
  arbeitszeitmodelle?: string[];
  /** `BEFRISTET` or `UNBEFRISTET`. */
  befristung?: string;
  uebernahme?: boolean;
  betriebsgroesse?: string;
  eintrittsdatum?: string;
  ersteVeroeffentlichungsdatum?: string;
  titel?: string;
  stellenangebotsTitel?: string;
  hashId?: string;
  beruf?: string;
  modifikationsTimestamp?: string;
  stellenbeschreibung?: string;
  stellenangebotsBeschreibung?: string;
  refnr?: string;
  referenznummer?: string;
  fuerFluechtlingeGeeignet?: boolean;
  nurFuerSchwerbehinderte?: boolean;
  anzahlOffeneStellen?: number;
  arbeitgeberAdresse?: JobsucheEmployerAddress;
  fertigkeiten?: JobsucheSkillGroup[];
  verguetung?: string;
  anzeigeAnonym?: boolean;
}
