import { Country, PlaceRank, PlaceRecord } from '../src/geo.types';

/**
 * The built-in gazetteer: Twente's 14 municipalities with their main kernen, the towns around it,
 * the German border region and a few large cities. Coordinates are town centres to 4 decimals
 * (about 10 m), written for this project; `GEO_DATA_DIR` adds the rest of NL and DE.
 */
type Row = [name: string, lat: number, lon: number, region: string];

const place =
  (country: Country) =>
  ([name, lat, lon, region]: Row): PlaceRecord => ({
    country,
    name,
    lat,
    lon,
    region,
    rank: PlaceRank.Starter,
  });

// Grouped by municipality; a municipality named after its main town has no separate row.
const TWENTE: Row[] = [
  // Almelo
  ['Almelo', 52.357, 6.6625, 'OV'],
  ['Aadorp', 52.3761, 6.6303, 'OV'],
  ['Bornerbroek', 52.3117, 6.6553, 'OV'],
  // Borne
  ['Borne', 52.3, 6.7528, 'OV'],
  ['Zenderen', 52.3233, 6.7233, 'OV'],
  ['Hertme', 52.3197, 6.765, 'OV'],
  // Dinkelland
  ['Denekamp', 52.3775, 7.0069, 'OV'],
  ['Ootmarsum', 52.4083, 6.9014, 'OV'],
  ['Weerselo', 52.3536, 6.8606, 'OV'],
  ['Rossum', 52.3517, 6.9222, 'OV'],
  ['Saasveld', 52.3358, 6.8031, 'OV'],
  ['Deurningen', 52.3028, 6.845, 'OV'],
  ['Lattrop', 52.4311, 7.0144, 'OV'],
  // Enschede
  ['Enschede', 52.2215, 6.8937, 'OV'],
  ['Glanerbrug', 52.2158, 6.9708, 'OV'],
  ['Boekelo', 52.2033, 6.8017, 'OV'],
  ['Lonneker', 52.2508, 6.9111, 'OV'],
  // Haaksbergen
  ['Haaksbergen', 52.1567, 6.7389, 'OV'],
  ['Buurse', 52.1306, 6.8278, 'OV'],
  // Hellendoorn
  ['Nijverdal', 52.36, 6.4681, 'OV'],
  ['Hellendoorn', 52.3897, 6.45, 'OV'],
  ['Haarle', 52.361, 6.385, 'OV'],
  ['Daarle', 52.4436, 6.5692, 'OV'],
  ['Daarlerveen', 52.4408, 6.5969, 'OV'],
  // Hengelo
  ['Hengelo', 52.2658, 6.7931, 'OV'],
  // Hof van Twente
  ['Goor', 52.2333, 6.5861, 'OV'],
  ['Delden', 52.26, 6.7111, 'OV'],
  ['Markelo', 52.235, 6.4986, 'OV'],
  ['Diepenheim', 52.2, 6.5556, 'OV'],
  ['Hengevelde', 52.1992, 6.6361, 'OV'],
  ['Bentelo', 52.2258, 6.6769, 'OV'],
  // Losser
  ['Losser', 52.2608, 7.0042, 'OV'],
  ['Overdinkel', 52.2408, 7.0356, 'OV'],
  ['De Lutte', 52.3125, 6.9858, 'OV'],
  ['Beuningen', 52.356, 7.0, 'OV'],
  ['Glane', 52.2317, 6.9919, 'OV'],
  // Oldenzaal
  ['Oldenzaal', 52.3133, 6.9292, 'OV'],
  // Rijssen-Holten
  ['Rijssen', 52.3067, 6.5181, 'OV'],
  ['Holten', 52.2833, 6.4208, 'OV'],
  // Tubbergen
  ['Tubbergen', 52.4075, 6.7847, 'OV'],
  ['Albergen', 52.3647, 6.7556, 'OV'],
  ['Geesteren', 52.4133, 6.7264, 'OV'],
  ['Vasse', 52.4392, 6.8367, 'OV'],
  ['Langeveen', 52.4614, 6.7736, 'OV'],
  ['Reutum', 52.3883, 6.84, 'OV'],
  ['Fleringen', 52.3814, 6.8161, 'OV'],
  // Twenterand
  ['Vriezenveen', 52.4083, 6.6222, 'OV'],
  ['Vroomshoop', 52.4608, 6.5653, 'OV'],
  ['Den Ham', 52.4658, 6.4958, 'OV'],
  ['Westerhaar-Vriezenveensewijk', 52.4558, 6.6236, 'OV'],
  // Wierden
  ['Wierden', 52.3592, 6.5931, 'OV'],
  ['Enter', 52.2942, 6.5778, 'OV'],
];

const NETHERLANDS: Row[] = [
  ['Zwolle', 52.5168, 6.083, 'OV'],
  ['Deventer', 52.255, 6.1639, 'OV'],
  ['Bathmen', 52.2497, 6.2878, 'OV'],
  ['Raalte', 52.3856, 6.275, 'OV'],
  ['Ommen', 52.5211, 6.4203, 'OV'],
  ['Hardenberg', 52.5758, 6.6194, 'OV'],
  ['Apeldoorn', 52.2112, 5.9699, 'GLD'],
  ['Epe', 52.3475, 5.985, 'GLD'],
  ['Arnhem', 51.9851, 5.8987, 'GLD'],
  ['Nijmegen', 51.8426, 5.8528, 'GLD'],
  ['Beuningen', 51.8608, 5.7667, 'GLD'],
  ['Zutphen', 52.1384, 6.2014, 'GLD'],
  ['Lochem', 52.1597, 6.4139, 'GLD'],
  ['Hengelo', 52.0508, 6.3097, 'GLD'],
  ['Geesteren', 52.1358, 6.5053, 'GLD'],
  ['Borculo', 52.1156, 6.5214, 'GLD'],
  ['Neede', 52.1342, 6.6139, 'GLD'],
  ['Eibergen', 52.1, 6.6486, 'GLD'],
  ['Winterswijk', 51.9725, 6.7194, 'GLD'],
  ['Doetinchem', 51.965, 6.2889, 'GLD'],
  ['Coevorden', 52.6608, 6.7403, 'DR'],
  ['Emmen', 52.7792, 6.9069, 'DR'],
  ['Groningen', 53.2194, 6.5665, 'GR'],
  ['Amsterdam', 52.3728, 4.8936, 'NH'],
  ['Rotterdam', 51.9244, 4.4777, 'ZH'],
  ['Den Haag', 52.0705, 4.3007, 'ZH'],
  ['Utrecht', 52.0907, 5.1214, 'UT'],
  ['Amersfoort', 52.1561, 5.3878, 'UT'],
  ["'s-Hertogenbosch", 51.6978, 5.3037, 'NB'],
  ['Eindhoven', 51.4416, 5.4697, 'NB'],
];

const GERMANY: Row[] = [
  ['Gronau', 52.2108, 7.0233, 'NW'],
  ['Epe', 52.1797, 7.0347, 'NW'],
  ['Ahaus', 52.0794, 7.0134, 'NW'],
  ['Heek', 52.1167, 7.1, 'NW'],
  ['Legden', 52.0333, 7.1, 'NW'],
  ['Vreden', 52.0333, 6.8333, 'NW'],
  ['Stadtlohn', 51.9939, 6.915, 'NW'],
  ['Gescher', 51.9539, 7.005, 'NW'],
  ['Borken', 51.8439, 6.8578, 'NW'],
  ['Bocholt', 51.8386, 6.6153, 'NW'],
  ['Coesfeld', 51.9458, 7.1675, 'NW'],
  ['Ochtrup', 52.2078, 7.19, 'NW'],
  ['Metelen', 52.1436, 7.2128, 'NW'],
  ['Steinfurt', 52.1503, 7.3367, 'NW'],
  ['Rheine', 52.2753, 7.4381, 'NW'],
  ['Emsdetten', 52.1728, 7.5278, 'NW'],
  ['Greven', 52.0917, 7.6083, 'NW'],
  ['Ibbenbüren', 52.2772, 7.7156, 'NW'],
  ['Münster', 51.9625, 7.6256, 'NW'],
  ['Dortmund', 51.5136, 7.4653, 'NW'],
  ['Köln', 50.9375, 6.9603, 'NW'],
  ['Bad Bentheim', 52.3031, 7.1597, 'NI'],
  ['Gildehaus', 52.305, 7.11, 'NI'],
  ['Schüttorf', 52.3228, 7.2217, 'NI'],
  ['Salzbergen', 52.3333, 7.35, 'NI'],
  ['Nordhorn', 52.4319, 7.0678, 'NI'],
  ['Neuenhaus', 52.5, 6.9667, 'NI'],
  ['Uelsen', 52.5, 6.8833, 'NI'],
  ['Emlichheim', 52.6111, 6.85, 'NI'],
  ['Lingen', 52.5225, 7.3172, 'NI'],
  ['Osnabrück', 52.2799, 8.0472, 'NI'],
  ['Hamburg', 53.5511, 9.9937, 'HH'],
  ['Berlin', 52.52, 13.405, 'BE'],
  ['München', 48.1372, 11.5755, 'BY'],
];

export const STARTER_PLACES: PlaceRecord[] = [
  ...TWENTE.map(place('NL')),
  ...NETHERLANDS.map(place('NL')),
  ...GERMANY.map(place('DE')),
];
