import { EscoPackage } from '../esco';
import { ConceptText, LabelEntry, LinkerLanguage } from '../linker';

/** Every occupation label of the package, as the engine indexes them after an import. */
export function occupationLabels(pkg: EscoPackage): LabelEntry[] {
  const entries: LabelEntry[] = [];
  for (const occupation of pkg.occupations) {
    for (const labels of occupation.labels) {
      const lang = labels.lang as LinkerLanguage;
      const add = (label: string, kind: LabelEntry['kind']): void => {
        if (label.trim()) entries.push({ conceptUri: occupation.uri, label, lang, kind });
      };
      add(labels.preferred, 'preferred');
      labels.alt.forEach((label) => add(label, 'alternative'));
      labels.hidden.forEach((label) => add(label, 'hidden'));
    }
  }
  return entries;
}

/** Each occupation's essential skills by their preferred label, per language that has one. */
export function occupationExpansions(pkg: EscoPackage): ConceptText[] {
  const skillLabels = new Map<string, Map<string, string>>();
  for (const skill of pkg.skills) {
    skillLabels.set(skill.uri, new Map(skill.labels.map((l) => [l.lang, l.preferred])));
  }
  const texts: ConceptText[] = [];
  for (const relation of pkg.occupationSkillRelations) {
    if (relation.relationType !== 'essential') continue;
    for (const [lang, text] of skillLabels.get(relation.skillUri) ?? []) {
      if (text.trim())
        texts.push({ conceptUri: relation.occupationUri, lang: lang as LinkerLanguage, text });
    }
  }
  return texts;
}
