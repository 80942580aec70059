/**
 * The materials of a Publication: what to bring, in which form and how many copies, with the
 * plain note and links to the blank and sample forms.
 */
import type { Asset, Material } from '../guide';
import { assetUrlOf } from './context';
import { ids, sortedMaterials } from './guide-fields';
import { compact, labelLine, line, linkLine, optionalLine } from './lines';
import type { BuildState } from './build-state';
import { optionalPassage } from './build-state';
import type { Line, MaterialEntry } from './types';
import { isSafeUrl } from '../../markdown/safe-url';

/** Materials in order. */
export function buildMaterials(state: BuildState): MaterialEntry[] {
  return sortedMaterials(state.matter).map((material) => buildMaterial(material, state));
}

function buildMaterial(material: Material, state: BuildState): MaterialEntry {
  const { locale, phrases } = state;
  const id = (field: string) => ids.material(material.key, field);
  const original = material.copiesOriginal ?? 0;
  const copy = material.copiesCopy ?? 0;
  return compact<MaterialEntry>({
    key: material.key,
    sharedKey: material.sharedKey,
    copiesOriginal: original,
    copiesCopy: copy,
    appliesWhen: (material.appliesWhen ?? []).map((when) => ({ ...when })),
    name: line(id('name'), material.name),
    necessity: labelLine(id('necessity'), 'MATERIAL_NECESSITIES', material.necessity, locale),
    materialType: material.materialType && labelLine(id('materialType'), 'MATERIAL_TYPES', material.materialType, locale),
    form: material.form && labelLine(id('form'), 'MATERIAL_FORMS', material.form, locale),
    copies: optionalLine(id('copies'), phrases.copies(original, copy)),
    submission: material.submission && labelLine(id('submission'), 'SUBMISSION_FORMS', material.submission, locale),
    source: material.sourceChannel && labelLine(id('source'), 'SOURCE_CHANNELS', material.sourceChannel, locale),
    sourceNote: optionalLine(id('sourceNote'), material.sourceNote),
    eCertificate: optionalLine(id('eCertificate'), material.linkedECert),
    paperSize: optionalLine(id('paperSize'), material.paperSize),
    fillingInstructions: optionalPassage(state, id('fillingInstructions'), material.fillingInstructions),
    acceptanceStandard: optionalLine(id('acceptanceStandard'), material.acceptanceStandard),
    plainNote: optionalLine(id('plainNote'), material.plainNote),
    sample: assetLine(id('sample'), material.sampleForm, 'sample', state),
    blank: assetLine(id('blank'), material.blankForm, 'blank', state),
    tolerance: toleranceLine(material, state),
    legalBasis: optionalLine(id('legalBasis'), material.legalBasis),
    remark: optionalLine(id('remark'), material.remark),
  });
}

function toleranceLine(material: Material, state: BuildState): Line | undefined {
  if (material.necessity !== '容缺后补' || material.toleranceDays === undefined) return undefined;
  return line(ids.material(material.key, 'tolerance'), state.phrases.tolerance(material.toleranceDays));
}

/** A link to an uploaded form, named by the asset's own title. */
export function assetLine(id: string, asset: Asset | undefined, kind: 'sample' | 'blank', state: BuildState): Line | undefined {
  if (!asset) return undefined;
  const href = assetUrlOf(state.context, asset.url);
  if (!isSafeUrl(href)) return optionalLine(id, asset.name);
  return linkLine(id, asset.name.trim() === '' ? href : asset.name, href, kind);
}
