import { EQF_EQUIVALENCE_NOTE } from '@wt/taxonomy/levels';
import { evaluateCandidate, Evaluation, ScoringContext } from './candidate-evaluation';
import {
  ComponentScore,
  Explanation,
  KnockOut,
  KNOCK_OUT_CODES,
  KnockOutCode,
  SeekerForMatching,
  Text,
  TextLanguage,
} from './matching.types';
import { PreparedVacancy } from './prepared-vacancy';
import { COMPONENTS, scoreOf } from './scorer';

const km = (n: number) => `${Math.round(n)} km`;

/** The banenafspraak has no German counterpart: German texts keep the Dutch term and say what it is. */
const BANENAFSPRAAK_DE =
  'niederländische Vereinbarung über zusätzliche Arbeitsplätze für Menschen mit Arbeitsbeeinträchtigung';

/** The compact, structured record of why a pair scored as it did: what the worker stores. */
export interface ExplanationFacts {
  modelVersion: string;
  score: number;
  knockOuts: KnockOutCode[];
  values: Record<ComponentScore['name'], number>;
  weights: Record<ComponentScore['name'], number>;
  occupation: Evaluation['occupation'];
  skills: Explanation['skills'];
  level: Explanation['level'] & { tolerance: number };
  distance: Explanation['distance'];
  languages: Explanation['languages'];
  missingLicences: string[];
  missingCertificates: string[];
  experienceYears: number;
  daysLate: number | null;
  seeker: Pick<SeekerForMatching, 'hoursMin' | 'hoursMax' | 'availableNow' | 'availableFrom'> & {
    schoolLeaver: { type: string; leavingDate: string | null } | null;
  };
  vacancy: Pick<
    PreparedVacancy['vacancy'],
    | 'isco'
    | 'country'
    | 'hoursMin'
    | 'hoursMax'
    | 'startDate'
    | 'regulatedInGermany'
    | 'banenafspraakReserved'
    | 'banenafspraakSuitable'
    | 'jobcarving'
    | 'supervision'
    | 'openToSchoolLeavers'
    | 'learningWorking'
    | 'skillsFromOccupation'
  >;
}

export function explanationFacts(
  p: PreparedVacancy,
  seeker: SeekerForMatching,
  ctx: ScoringContext,
): ExplanationFacts {
  const e = evaluateCandidate(p, seeker, ctx);
  const v = p.vacancy;
  const values = Object.fromEntries(
    COMPONENTS.map((name) => [name, round(e[name].value)]),
  ) as ExplanationFacts['values'];
  return {
    modelVersion: ctx.model.version,
    score: scoreOf(e, ctx),
    knockOuts: e.knockOuts,
    values,
    weights: { ...ctx.model.weights },
    occupation: e.occupation,
    skills: {
      matchedEssential: e.skills.matchedEssential,
      missingEssential: e.skills.missingEssential,
      matchedOptional: e.skills.matchedOptional,
      missingOptional: e.skills.missingOptional,
    },
    level: {
      seekerEqf: seeker.eqf,
      requiredEqf: v.minEqf,
      seekerQualification: seeker.qualification,
      requiredQualification: v.qualification,
      verdict:
        v.minEqf === null
          ? 'no-requirement'
          : seeker.eqf === null
            ? 'unknown'
            : seeker.eqf < v.minEqf
              ? 'below'
              : seeker.eqf === v.minEqf
                ? 'equal'
                : 'above',
      tolerance: e.level.tolerance,
    },
    distance: {
      km: e.distance.km === null ? null : round(e.distance.km, 1),
      maxKm: e.distance.maxKm,
      crossBorder: v.country === 'DE',
    },
    languages: e.languages,
    missingLicences: e.missingLicences,
    missingCertificates: e.missingCertificates,
    experienceYears: e.experience.years,
    daysLate: e.availability.daysLate,
    seeker: {
      hoursMin: seeker.hoursMin,
      hoursMax: seeker.hoursMax,
      availableNow: seeker.availableNow,
      availableFrom: seeker.availableFrom,
      schoolLeaver: seeker.schoolLeaver
        ? { type: seeker.schoolLeaver.type, leavingDate: seeker.schoolLeaver.leavingDate }
        : null,
    },
    vacancy: {
      isco: v.isco,
      country: v.country,
      hoursMin: v.hoursMin,
      hoursMax: v.hoursMax,
      startDate: v.startDate,
      regulatedInGermany: v.regulatedInGermany,
      banenafspraakReserved: v.banenafspraakReserved,
      banenafspraakSuitable: v.banenafspraakSuitable,
      jobcarving: v.jobcarving,
      supervision: v.supervision,
      openToSchoolLeavers: v.openToSchoolLeavers,
      learningWorking: v.learningWorking,
      skillsFromOccupation: v.skillsFromOccupation,
    },
  };
}

/** Why a pair scored as it did, in Dutch, German and English, for advisers and coaches. */
export function explainCandidate(
  p: PreparedVacancy,
  seeker: SeekerForMatching,
  ctx: ScoringContext,
): Explanation {
  return renderExplanation(explanationFacts(p, seeker, ctx));
}

/** The readable explanation of stored facts. */
export function renderExplanation(f: ExplanationFacts): Explanation {
  const total = COMPONENTS.reduce((sum, name) => sum + f.weights[name], 0);
  const components: ComponentScore[] = COMPONENTS.map((name) => ({
    name,
    value: f.values[name],
    weight: f.weights[name],
    points: f.knockOuts.length > 0 ? 0 : round((100 * f.weights[name] * f.values[name]) / total),
    detail: componentDetail(name, f),
  }));
  const { tolerance: _tolerance, ...level } = f.level;
  return {
    modelVersion: f.modelVersion,
    score: f.score,
    knockOuts: f.knockOuts.map((code) => ({ code, reason: knockOutReason(code, f) })),
    passed: KNOCK_OUT_CODES.filter((code) => !f.knockOuts.includes(code)),
    components,
    skills: f.skills,
    level,
    distance: f.distance,
    languages: f.languages,
    notes: notes(f),
  };
}

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function knockOutReason(code: KnockOutCode, f: ExplanationFacts): Text {
  const v = f.vacancy;
  const s = f.seeker;
  switch (code) {
    case 'reserved-banenafspraak':
      return {
        nl: 'Vacature is gereserveerd voor de banenafspraak-doelgroep',
        de: `Die Stelle ist der Zielgruppe der Banenafspraak vorbehalten (${BANENAFSPRAAK_DE})`,
        en: 'Vacancy is reserved for the banenafspraak target group',
      };
    case 'not-job-matching':
      return {
        nl: 'Uitstroomprofiel dagbesteding: geen bemiddeling naar werk',
        de: 'Abgangsprofil Tagesstruktur (dagbesteding): keine Vermittlung in Arbeit',
        en: 'Exit profile day activities: not matched to jobs',
      };
    case 'level':
      return {
        nl: `Opleidingsniveau EQF ${f.level.seekerEqf} ligt onder het minimum EQF ${f.level.requiredEqf}${f.level.tolerance ? ` (ook met ${f.level.tolerance} niveau speling)` : ''}`,
        de: `Qualifikationsniveau EQR ${f.level.seekerEqf} liegt unter dem Mindestniveau EQR ${f.level.requiredEqf}${f.level.tolerance ? ` (auch mit ${f.level.tolerance} Niveaustufe(n) Toleranz)` : ''}`,
        en: `Qualification level EQF ${f.level.seekerEqf} is below the minimum EQF ${f.level.requiredEqf}${f.level.tolerance ? ` (even allowing ${f.level.tolerance} level(s))` : ''}`,
      };
    case 'driving-licence':
      return {
        nl: `Rijbewijs ontbreekt: ${f.missingLicences.join(', ')}`,
        de: `Führerschein fehlt: ${f.missingLicences.join(', ')}`,
        en: `Driving licence missing: ${f.missingLicences.join(', ')}`,
      };
    case 'certificate':
      return {
        nl: `Certificaat ontbreekt: ${f.missingCertificates.join(', ')}`,
        de: `Zertifikat fehlt: ${f.missingCertificates.join(', ')}`,
        en: `Certificate missing: ${f.missingCertificates.join(', ')}`,
      };
    case 'language': {
      const failed = f.languages
        .filter((l) => !l.ok)
        .map((l) => `${l.language} ${l.required} (${l.have ?? '-'})`)
        .join(', ');
      return {
        nl: `Taalniveau onvoldoende: ${failed}`,
        de: `Sprachkenntnisse nicht ausreichend: ${failed}`,
        en: `Language level not met: ${failed}`,
      };
    }
    case 'germany-unwilling':
      return {
        nl: 'Werkzoekende wil niet in Duitsland werken',
        de: 'Die arbeitsuchende Person möchte nicht in Deutschland arbeiten',
        en: 'Job seeker is not willing to work in Germany',
      };
    case 'distance':
      return {
        nl: `Reisafstand ${km(f.distance.km!)} is meer dan de maximale ${km(f.distance.maxKm!)}`,
        de: `Entfernung ${km(f.distance.km!)} überschreitet das Maximum von ${km(f.distance.maxKm!)}`,
        en: `Travel distance ${km(f.distance.km!)} exceeds the maximum of ${km(f.distance.maxKm!)}`,
      };
    case 'hours':
      return {
        nl: `Uren passen niet: vacature ${v.hoursMin}-${v.hoursMax}, gewenst ${s.hoursMin}-${s.hoursMax}`,
        de: `Wochenstunden passen nicht: Stelle ${v.hoursMin}-${v.hoursMax}, gewünscht ${s.hoursMin}-${s.hoursMax}`,
        en: `Hours do not fit: vacancy ${v.hoursMin}-${v.hoursMax}, wanted ${s.hoursMin}-${s.hoursMax}`,
      };
    case 'start-date':
      return {
        nl: `Beschikbaar vanaf ${s.availableFrom}, ${f.daysLate} dagen na de startdatum ${v.startDate}`,
        de: `Verfügbar ab ${s.availableFrom}, ${f.daysLate} Tage nach dem Arbeitsbeginn ${v.startDate}`,
        en: `Available from ${s.availableFrom}, ${f.daysLate} days after the start date ${v.startDate}`,
      };
  }
}

function componentDetail(name: ComponentScore['name'], f: ExplanationFacts): Text {
  const v = f.vacancy;
  const s = f.seeker;
  const isco3 = v.isco?.slice(0, 3);
  const isco2 = v.isco?.slice(0, 2);
  switch (name) {
    case 'occupation': {
      const via = f.occupation.via;
      const source = f.occupation.fromExperience
        ? {
            nl: ' (uit werkervaring)',
            de: ' (aus der Berufserfahrung)',
            en: ' (from work experience)',
          }
        : { nl: '', de: '', en: '' };
      const what = {
        exact: { nl: 'Zelfde beroep', de: 'Gleicher Beruf', en: 'Same occupation' },
        isco4: {
          nl: `Verwant beroep (zelfde ISCO-beroepsgroep ${v.isco})`,
          de: `Verwandter Beruf (gleiche ISCO-Berufsgattung ${v.isco})`,
          en: `Related occupation (same ISCO unit group ${v.isco})`,
        },
        isco3: {
          nl: `Beroep in dezelfde ISCO-subgroep ${isco3}`,
          de: `Beruf in derselben ISCO-Berufsuntergruppe ${isco3}`,
          en: `Occupation in the same ISCO minor group ${isco3}`,
        },
        isco2: {
          nl: `Beroep in hetzelfde ISCO-domein ${isco2}`,
          de: `Beruf in derselben ISCO-Berufsgruppe ${isco2}`,
          en: `Occupation in the same ISCO sub-major group ${isco2}`,
        },
        near: nearOccupationText(f.occupation.near),
        none: {
          nl: 'Geen gewenst of eerder beroep in deze richting',
          de: 'Kein gewünschter oder früherer Beruf in dieser Richtung',
          en: 'No wanted or previous occupation in this field',
        },
      }[via];
      return { nl: what.nl + source.nl, de: what.de + source.de, en: what.en + source.en };
    }
    case 'skills': {
      const k = f.skills;
      const essential = k.matchedEssential.length + k.missingEssential.length;
      const optional = k.matchedOptional.length + k.missingOptional.length;
      if (essential + optional === 0)
        return {
          nl: 'Vacature noemt geen vaardigheden',
          de: 'Die Stelle nennt keine Fähigkeiten',
          en: 'Vacancy lists no skills',
        };
      const ess = `${k.matchedEssential.length}/${essential}`;
      const opt = `${k.matchedOptional.length}/${optional}`;
      return {
        nl: `${ess} essentiële en ${opt} optionele vaardigheden aanwezig`,
        de: `${ess} essenzielle und ${opt} optionale Fähigkeiten vorhanden`,
        en: `${ess} essential and ${opt} optional skills present`,
      };
    }
    case 'level': {
      const { seekerEqf, requiredEqf, seekerQualification, requiredQualification } = f.level;
      if (requiredEqf === null)
        return {
          nl: 'Geen minimumniveau gevraagd',
          de: 'Kein Mindestniveau verlangt',
          en: 'No minimum level required',
        };
      if (seekerEqf === null)
        return {
          nl: 'Opleidingsniveau onbekend: vul het profiel aan',
          de: 'Qualifikationsniveau unbekannt: bitte das Profil ergänzen',
          en: 'Qualification level unknown: complete the profile',
        };
      const d = seekerEqf - requiredEqf;
      const rel =
        d === 0
          ? { nl: 'gelijk', de: 'gleich', en: 'equal' }
          : d > 0
            ? {
                nl: `${d} hoger (overgekwalificeerd?)`,
                de: `${d} höher (überqualifiziert?)`,
                en: `${d} higher (over-qualified?)`,
              }
            : {
                nl: `${-d} lager, binnen de speling`,
                de: `${-d} niedriger, innerhalb der Toleranz`,
                en: `${-d} lower, within the tolerance`,
              };
      return {
        nl: `EQF ${seekerEqf}${seekerQualification ? ` (${seekerQualification})` : ''} tegenover minimum EQF ${requiredEqf}${requiredQualification ? ` (${requiredQualification})` : ''}: ${rel.nl}`,
        de: `Qualifikationsniveau EQR ${seekerEqf}${seekerQualification ? ` (${seekerQualification})` : ''} gegenüber dem Mindestniveau EQR ${requiredEqf}${requiredQualification ? ` (${requiredQualification})` : ''}: ${rel.de}`,
        en: `EQF ${seekerEqf}${seekerQualification ? ` (${seekerQualification})` : ''} against minimum EQF ${requiredEqf}${requiredQualification ? ` (${requiredQualification})` : ''}: ${rel.en}`,
      };
    }
    case 'distance':
      if (f.distance.km === null)
        return {
          nl: 'Afstand onbekend (woon- of werkplaats ontbreekt)',
          de: 'Entfernung unbekannt (Wohn- oder Arbeitsort fehlt)',
          en: 'Distance unknown (home or work location missing)',
        };
      return {
        nl: `${km(f.distance.km)}${f.distance.maxKm !== null ? ` van maximaal ${km(f.distance.maxKm)}` : ''}${v.country === 'DE' ? ', over de grens' : ''}`,
        de: `Entfernung ${km(f.distance.km)}${f.distance.maxKm !== null ? ` von höchstens ${km(f.distance.maxKm)}` : ''}${v.country === 'DE' ? ', grenzüberschreitend' : ''}`,
        en: `${km(f.distance.km)}${f.distance.maxKm !== null ? ` of at most ${km(f.distance.maxKm)}` : ''}${v.country === 'DE' ? ', across the border' : ''}`,
      };
    case 'hours':
      if (v.hoursMin === null || s.hoursMin === null)
        return { nl: 'Uren onbekend', de: 'Wochenstunden unbekannt', en: 'Hours unknown' };
      return {
        nl: `Vacature ${v.hoursMin}-${v.hoursMax} uur, gewenst ${s.hoursMin}-${s.hoursMax} uur`,
        de: `Stelle ${v.hoursMin}-${v.hoursMax} Stunden, gewünscht ${s.hoursMin}-${s.hoursMax} Stunden`,
        en: `Vacancy ${v.hoursMin}-${v.hoursMax} hours, wanted ${s.hoursMin}-${s.hoursMax} hours`,
      };
    case 'availability':
      if (s.availableNow)
        return { nl: 'Direct beschikbaar', de: 'Sofort verfügbar', en: 'Available now' };
      if (s.availableFrom === null)
        return {
          nl: 'Beschikbaarheid onbekend',
          de: 'Verfügbarkeit unbekannt',
          en: 'Availability unknown',
        };
      return {
        nl: `Beschikbaar vanaf ${s.availableFrom}`,
        de: `Verfügbar ab ${s.availableFrom}`,
        en: `Available from ${s.availableFrom}`,
      };
    case 'experience':
      return f.experienceYears > 0
        ? {
            nl: `${f.experienceYears} jaar ervaring in dit of een verwant beroep`,
            de: `${f.experienceYears} Jahre Berufserfahrung in diesem oder einem verwandten Beruf`,
            en: `${f.experienceYears} years of experience in this or a related occupation`,
          }
        : {
            nl: 'Geen werkervaring in dit beroep',
            de: 'Keine Berufserfahrung in diesem Beruf',
            en: 'No work experience in this occupation',
          };
    case 'support':
      if (s.schoolLeaver === null)
        return { nl: 'Niet van toepassing', de: 'Nicht zutreffend', en: 'Not applicable' };
      return {
        nl: `Schoolverlater ${s.schoolLeaver.type}: ${v.openToSchoolLeavers ? 'vacature staat open voor schoolverlaters' : 'vacature niet gericht op schoolverlaters'}; ${v.supervision || v.learningWorking ? 'begeleiding/leerwerkplek aanwezig' : 'geen begeleiding genoemd'}`,
        de: `Schulabgang ${s.schoolLeaver.type}: ${v.openToSchoolLeavers ? 'die Stelle steht Schulabgängern offen' : 'die Stelle richtet sich nicht an Schulabgänger'}; ${v.supervision || v.learningWorking ? 'Begleitung/Lernarbeitsplatz vorhanden' : 'keine Begleitung genannt'}`,
        en: `${s.schoolLeaver.type} school leaver: ${v.openToSchoolLeavers ? 'vacancy is open to school leavers' : 'vacancy not aimed at school leavers'}; ${v.supervision || v.learningWorking ? 'supervision/learning-working place offered' : 'no supervision stated'}`,
      };
  }
}

/** "Related occupation: shares 14 of 20 essential skills", from the near occupation's facts. */
function nearOccupationText(near: ExplanationFacts['occupation']['near']): Text {
  if (!near) return { nl: 'Verwant beroep', de: 'Verwandter Beruf', en: 'Related occupation' };
  const { sharedEssential: n, essentialTotal: total } = near;
  return {
    nl: `Verwant beroep: deelt ${n} van de ${total} essentiële vaardigheden (ESCO)`,
    de: `Verwandter Beruf: teilt ${n} von ${total} essenziellen Fähigkeiten (ESCO)`,
    en: `Related occupation: shares ${n} of ${total} essential skill${total === 1 ? '' : 's'} (ESCO)`,
  };
}

function notes(f: ExplanationFacts): Text[] {
  const v = f.vacancy;
  const s = f.seeker;
  const out: Text[] = [];
  if (v.country === 'DE') {
    out.push({
      nl: 'Grensoverschrijdend: niveaus vergeleken via EQF (NLQF en DQR). Gelijk EQF-niveau is een aanwijzing voor de adviseur, geen juridische gelijkwaardigheid.',
      de: 'Grenzüberschreitend: Qualifikationsniveaus über den EQR verglichen (NLQF und DQR). Ein gleiches EQR-Niveau ist ein Hinweis für die Beratung, keine rechtliche Gleichwertigkeit: der DQR begründet keine Anerkennung, und ein reglementierter Beruf in Deutschland verlangt die Anerkennung des niederländischen Abschlusses.',
      en: `Cross-border: levels compared through the EQF (NLQF and DQR). ${EQF_EQUIVALENCE_NOTE}`,
    });
    out.push({
      nl: 'Werken in Duitsland: verzekerd en belast in het werkland (Vo. 883/2004; belastingverdrag NL-DE)',
      de: 'Arbeit in Deutschland: Sozialversicherung und Besteuerung im Beschäftigungsland (VO (EG) Nr. 883/2004; Doppelbesteuerungsabkommen NL-DE)',
      en: 'Working in Germany: insured and taxed in the country of work (Reg. 883/2004; NL-DE tax treaty)',
    });
    if (v.regulatedInGermany) {
      out.push({
        nl: 'Gereglementeerd beroep in Duitsland: het Nederlandse diploma moet erkend worden (Anerkennung)',
        de: 'Reglementierter Beruf in Deutschland: der niederländische Abschluss muss anerkannt werden (Anerkennung)',
        en: 'Regulated profession in Germany: the Dutch diploma needs recognition (Anerkennung)',
      });
    }
  }
  if (v.banenafspraakReserved || v.banenafspraakSuitable || v.jobcarving) {
    out.push({
      nl: `Banenafspraak: ${v.banenafspraakReserved ? 'gereserveerd voor de doelgroep' : 'geschikt voor de doelgroep'}${v.jobcarving ? ', ontstaan door jobcarving' : ''}${v.supervision ? ', met begeleiding' : ''}`,
      de: `Banenafspraak (${BANENAFSPRAAK_DE}): ${v.banenafspraakReserved ? 'der Zielgruppe vorbehalten' : 'für die Zielgruppe geeignet'}${v.jobcarving ? ', durch Jobcarving entstanden' : ''}${v.supervision ? ', mit Begleitung' : ''}`,
      en: `Banenafspraak: ${v.banenafspraakReserved ? 'reserved for the target group' : 'suitable for the target group'}${v.jobcarving ? ', made by jobcarving' : ''}${v.supervision ? ', with supervision' : ''}`,
    });
  }
  if (v.skillsFromOccupation)
    out.push({
      nl: 'De vacature noemt geen vaardigheden: vergeleken met de essentiële vaardigheden van het beroep in ESCO',
      de: 'Die Stelle nennt keine Fähigkeiten: verglichen mit den essenziellen Fähigkeiten des Berufs in ESCO',
      en: "The vacancy lists no skills: compared with the occupation's essential skills in ESCO",
    });
  if (v.learningWorking)
    out.push({
      nl: 'Leerwerkplek (BBL/leerwerk/Ausbildung)',
      de: 'Lernarbeitsplatz (BBL/leerwerk/Ausbildung)',
      en: 'Learning-working place (BBL/leerwerk/Ausbildung)',
    });
  if (s.schoolLeaver?.leavingDate) {
    out.push({
      nl: `Verlaat school (${s.schoolLeaver.type}) rond ${s.schoolLeaver.leavingDate}`,
      de: `Verlässt die Schule (${s.schoolLeaver.type}) voraussichtlich um den ${s.schoolLeaver.leavingDate}`,
      en: `Leaves school (${s.schoolLeaver.type}) around ${s.schoolLeaver.leavingDate}`,
    });
  }
  return out;
}

export function explanationLines(explanation: Explanation, lang: TextLanguage): string[] {
  const lines = [`Score ${explanation.score.toFixed(1)} (model ${explanation.modelVersion})`];
  for (const k of explanation.knockOuts) lines.push(`✗ ${k.reason[lang]}`);
  for (const c of explanation.components)
    lines.push(`${c.name}: ${c.points.toFixed(1)} — ${c.detail[lang]}`);
  for (const n of explanation.notes) lines.push(`• ${n[lang]}`);
  return lines;
}

export type { KnockOut };
