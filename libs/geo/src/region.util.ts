import { Country } from './geo.types';

interface Region {
  code: string;
  country: Country;
  /** How a Dutch or German address writes it after a town name. */
  label: string;
  geonamesAdmin1: string;
  aliases: string[];
}

// Dutch provinces use the customary abbreviations (`Hengelo (Ov.)`), German states their ISO codes.
const REGIONS: Region[] = [
  region('DR', 'NL', 'Dr.', '01', ['d', 'drenthe']),
  region('FR', 'NL', 'Fr.', '02', ['f', 'friesland', 'fryslan']),
  region('GLD', 'NL', 'Gld.', '03', ['g', 'gl', 'gelderland']),
  region('GR', 'NL', 'Gr.', '04', ['gn', 'groningen']),
  region('LB', 'NL', 'L.', '05', ['l', 'li', 'limburg']),
  region('NB', 'NL', 'N.B.', '06', ['brabant', 'noord brabant']),
  region('NH', 'NL', 'N.H.', '07', ['noord holland']),
  region('UT', 'NL', 'Utr.', '09', ['u', 'utr', 'utrecht']),
  region('ZL', 'NL', 'Z.', '10', ['z', 'zeeland']),
  region('ZH', 'NL', 'Z.H.', '11', ['zuid holland']),
  region('OV', 'NL', 'Ov.', '15', ['o', 'ovl', 'overijssel']),
  region('FL', 'NL', 'Fl.', '16', ['flevoland']),
  region('BW', 'DE', 'BW', '01', ['baden wurttemberg']),
  region('BY', 'DE', 'BY', '02', ['bay', 'bayern']),
  region('HB', 'DE', 'HB', '03', ['bremen']),
  region('HH', 'DE', 'HH', '04', ['hamburg']),
  region('HE', 'DE', 'HE', '05', ['hess', 'hessen']),
  region('NI', 'DE', 'NI', '06', ['nds', 'oldb', 'niedersachsen']),
  region('NW', 'DE', 'NW', '07', ['nrw', 'westf', 'westfalen', 'nordrhein westfalen']),
  region('RP', 'DE', 'RP', '08', ['pfalz', 'rheinland pfalz']),
  region('SL', 'DE', 'SL', '09', ['saar', 'saarland']),
  region('SH', 'DE', 'SH', '10', ['holst', 'schleswig holstein']),
  region('BB', 'DE', 'BB', '11', ['brandenburg']),
  region('MV', 'DE', 'MV', '12', ['mecklenburg vorpommern']),
  region('SN', 'DE', 'SN', '13', ['sachs', 'sachsen']),
  region('ST', 'DE', 'ST', '14', ['sachsen anhalt']),
  region('TH', 'DE', 'TH', '15', ['thur', 'thuringen']),
  region('BE', 'DE', 'BE', '16', ['berlin']),
];

function region(
  code: string,
  country: Country,
  label: string,
  geonamesAdmin1: string,
  aliases: string[],
): Region {
  return { code, country, label, geonamesAdmin1, aliases };
}

const byAlias = new Map<string, Region>();
for (const r of REGIONS) {
  for (const alias of [r.code.toLowerCase(), ...r.aliases]) byAlias.set(`${r.country}:${alias}`, r);
}

/** The region a normalised qualifier such as `ov`, `gld` or `westf` names, if any. */
export function regionOfQualifier(country: Country, qualifier: string): string | undefined {
  return byAlias.get(`${country}:${qualifier}`)?.code;
}

/** The region code of a GeoNames first-level admin code (`15` -> `OV` in NL). */
export function regionOfGeonamesAdmin1(country: Country, admin1: string): string | undefined {
  const code = admin1.replace(/^admin1=/, '').padStart(2, '0');
  return REGIONS.find((r) => r.country === country && r.geonamesAdmin1 === code)?.code;
}

/** `Hengelo (Ov.)`, `Münster (NW)`. */
export function labelWithRegion(
  name: string,
  country: Country,
  region: string | undefined,
): string {
  const found = REGIONS.find((r) => r.country === country && r.code === region);
  return found ? `${name} (${found.label})` : name;
}
