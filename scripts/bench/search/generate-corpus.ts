/**
 * The bench corpus: 3,500 matters and 50,000 knowledge points in Chinese, generated from the
 * word pools and templates with a fixed seed. Matters copy the shape of a real sample matter
 * and replace what search reads; a few are suspended or revoked and a few knowledge points
 * are expired or not yet valid, so filters do real work.
 */
import type { Department, KnowledgePoint, Matter } from '../../../src/domain/guide';
import { TASK_TYPES } from '../../../src/domain/value-sets';
import { knowledgePoints as sampleKnowledgePoints } from '../../seed/data/knowledge-points';
import { matters as sampleMatters } from '../../seed/data/matters';
import {
  ACTIONS, APPLICANTS, BRAND_CHARS, COMMUNITIES, DEPARTMENTS, LAWS, MATERIALS, OBJECTS, QUALIFIERS, ROADS, SERVICES, TOWNS, TRADE_GOODS,
} from './bench-vocabulary';
import { ASPECTS, GENERIC_SENTENCES, type Aspect } from './kp-templates';
import { seededRandom, type Random } from './random';

export type BenchCorpus = { departments: Department[]; matters: Matter[]; knowledgePoints: KnowledgePoint[] };

type Slots = { m: string; s: string; dept: string; rnd: Random };

/** Pools a slot draws from; {m}, {s} and {dept} come from the matter itself. */
const POOLS: Record<string, readonly string[]> = {
  a: APPLICANTS, t: TOWNS, x: MATERIALS, x2: MATERIALS, x3: MATERIALS, law: LAWS, road: ROADS, community: COMMUNITIES,
  g: TRADE_GOODS, g2: TRADE_GOODS, svc: SERVICES,
};
const RANGES: Record<string, readonly [number, number]> = {
  n: [2, 60], k: [1, 20], floor: [1, 5], phone: [21000000, 29999999], year: [2019, 2026],
};

function slotValue(key: string, slots: Slots): string {
  const { rnd } = slots;
  if (key === 'm') return slots.m;
  if (key === 's') return slots.s;
  if (key === 'dept') return slots.dept;
  if (key === 'brand') return rnd.pick(BRAND_CHARS) + rnd.pick(BRAND_CHARS);
  const pool = POOLS[key];
  if (pool) return rnd.pick(pool);
  const range = RANGES[key];
  return range ? String(rnd.int(range[0], range[1])) : key;
}

function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slotValue(key, slots));
}

function departmentsOf(): Department[] {
  return DEPARTMENTS.map((name, i) => ({ code: `BD-${String(i).padStart(2, '0')}`, name: `东莞${name}`, creditCode: `11441900MB${String(i).padStart(8, '0')}` }));
}

function matterNames(rnd: Random, count: number): Array<{ name: string; object: string }> {
  const plain = OBJECTS.flatMap((object) => ACTIONS.map((action) => ({ object, name: `${object}${action}` })));
  const qualified = plain.map(({ object, name }) => ({ object, name: `${name}${rnd.pick(QUALIFIERS)}` }));
  return rnd.sample([...plain, ...qualified], count);
}

function generateMatter(index: number, name: string, object: string, departments: Department[], rnd: Random): Matter {
  const template = sampleMatters[index % sampleMatters.length];
  const department = rnd.pick(departments);
  const slots: Slots = { m: name, s: object, dept: department.name, rnd };
  const state = rnd.chance(0.03) ? rnd.pick(['暂停', '已取消'] as const) : '在用';
  return {
    ...template,
    code: `BM${String(index).padStart(4, '0')}`,
    taskName: name,
    shortName: object,
    colloquialNames: [`办${object}`, `${object}${rnd.pick(['怎么办', '手续', '流程'])}`, ...(rnd.chance(0.5) ? [`${rnd.pick(TOWNS)}${object}`] : [])],
    handlingItems: rnd.sample(APPLICANTS, 2).map((a, i) => ({ code: `0${i + 1}`, name: `${a}${rnd.pick(ACTIONS)}` })),
    department: department.code,
    taskType: rnd.pick(TASK_TYPES),
    taskState: state,
    taskVersion: rnd.int(1, 6),
    acceptConditions: [ASPECTS[4].sentences[0], ASPECTS[4].sentences[1], ASPECTS[4].sentences[3]].map((s) => fill(s, slots)).join('\n'),
    materials: rnd.sample(MATERIALS, rnd.int(3, 8)).map((material, i) => ({
      ...template.materials[0], key: `m${i}`, name: material, order: i + 1, plainNote: rnd.chance(0.3) ? fill('{t}窗口可代为复印{x}', slots) : undefined,
    })),
    plainSummary: fill(`${rnd.pick(APPLICANTS)}到{t}政务服务中心或网上申请{s}，{k}个工作日办结。`, slots),
  };
}

function questionOf(aspect: Aspect, slots: Slots): string {
  return fill(slots.rnd.pick(aspect.questions), slots);
}

function answerOf(aspect: Aspect, slots: Slots): string {
  const { rnd } = slots;
  const sentences = rnd.sample(aspect.sentences, rnd.int(2, Math.min(4, aspect.sentences.length)));
  if (rnd.chance(0.6)) sentences.push(rnd.pick(GENERIC_SENTENCES));
  return sentences.map((s) => fill(s, slots)).join(rnd.chance(0.5) ? '\n' : '');
}

function validity(rnd: Random): Pick<KnowledgePoint, 'effectiveFrom' | 'effectiveTo'> {
  if (rnd.chance(0.03)) return { effectiveFrom: '2024-01-01T00:00:00+08:00', effectiveTo: '2025-01-01T00:00:00+08:00' };
  if (rnd.chance(0.02)) return { effectiveFrom: '2099-01-01T00:00:00+08:00' };
  return { effectiveFrom: '2025-06-01T00:00:00+08:00' };
}

function generatePoint(index: number, matter: Matter, departments: Department[], rnd: Random): KnowledgePoint {
  const aspect = rnd.pick(ASPECTS);
  const department = departments.find((d) => d.code === matter.department) as Department;
  const slots: Slots = { m: matter.taskName, s: matter.shortName ?? matter.taskName, dept: department.name, rnd };
  const standardQuestion = questionOf(aspect, slots);
  const similar = new Set<string>();
  for (let i = rnd.int(2, 5); i > 0; i -= 1) similar.add(questionOf(aspect, slots));
  similar.delete(standardQuestion);
  return {
    ...sampleKnowledgePoints[index % sampleKnowledgePoints.length],
    code: `KP-B${String(index).padStart(5, '0')}`,
    standardQuestion: `${standardQuestion}`,
    similarQuestions: [...similar],
    answer: answerOf(aspect, slots),
    plainAnswer: rnd.chance(0.4) ? fill(rnd.pick(aspect.sentences), slots) : undefined,
    kind: aspect.kind as KnowledgePoint['kind'],
    categoryPath: `东莞市/${department.name.replace('东莞市', '')}/${matter.shortName}`,
    keywords: [matter.shortName ?? matter.taskName, aspect.keyword, ...rnd.sample(MATERIALS, rnd.int(0, 2))],
    matter: matter.code,
    department: matter.department,
    version: rnd.int(1, 4),
    ...validity(rnd),
  };
}

/** Generates the corpus; the same seed gives the same corpus. */
export function generateCorpus(matterCount = 3500, pointCount = 50_000, seed = 20260101): BenchCorpus {
  const rnd = seededRandom(seed);
  const departments = departmentsOf();
  const matters = matterNames(rnd, matterCount).map(({ name, object }, i) => generateMatter(i, name, object, departments, rnd));
  const knowledgePoints = Array.from({ length: pointCount }, (_, i) => generatePoint(i, matters[i % matters.length], departments, rnd));
  return { departments, matters, knowledgePoints };
}
