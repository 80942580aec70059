import { bundles } from '../../../scripts/seed/data/bundles';
import { departments } from '../../../scripts/seed/data/departments';
import { knowledgePoints } from '../../../scripts/seed/data/knowledge-points';
import { matters } from '../../../scripts/seed/data/matters';
import { bundleSearchDocument, byCode, knowledgePointSearchDocument, matterSearchDocument } from './build-documents';
import { plainTextOf } from './plain-text';

const context = { departments: byCode(departments), matters: byCode(matters), bundles: byCode(bundles) };
const meta = { documentId: 'abc123', locale: 'zh-CN', contentHash: 'sha256-x' };

describe('search documents', () => {
  test('a knowledge point keeps its question, version, validity and matter link', () => {
    const point = knowledgePoints.find((p) => p.matter !== undefined) ?? knowledgePoints[0];
    const doc = knowledgePointSearchDocument(point, meta, context);
    expect(doc).toEqual(expect.objectContaining({
      id: 'knowledgePoint-abc123-zh-CN', type: 'knowledgePoint', code: point.code, title: point.standardQuestion,
      version: point.version, effectiveFrom: point.effectiveFrom, matterCode: point.matter, contentHash: 'sha256-x', status: 'published',
    }));
    expect(doc.matterName).toBe(matters.find((m) => m.code === point.matter)?.taskName);
    expect(doc.body).not.toMatch(/:term\[|\{plain=/);
  });

  test('release metadata overrides version and validity', () => {
    const doc = knowledgePointSearchDocument(knowledgePoints[0], { ...meta, version: 7, effectiveTo: '2030-01-01T00:00:00Z' }, context);
    expect(doc.version).toBe(7);
    expect(doc.effectiveTo).toBe('2030-01-01T00:00:00Z');
  });

  test('a matter carries its colloquial names, and its lifecycle sets the status', () => {
    const doc = matterSearchDocument({ ...matters[0], taskState: '已取消' }, meta, context);
    expect(doc.type).toBe('matter');
    expect(doc.questions).toEqual(expect.arrayContaining(matters[0].colloquialNames));
    expect(doc.status).toBe('revoked');
    expect(doc.body).toContain(matters[0].materials[0].name);
  });

  test('a bundle lists its members and is of kind 一件事', () => {
    const doc = bundleSearchDocument(bundles[0], meta, context);
    expect(doc.kind).toBe('一件事');
    expect(doc.questions).toEqual(bundles[0].members.map((m) => m.name));
  });

  test('an unknown department is a broken invariant', () => {
    expect(() => matterSearchDocument({ ...matters[0], department: 'NOPE' }, meta, context)).toThrow(/NOPE/);
  });
});

describe('plain text of guide Markdown', () => {
  test('directives keep their words and a term keeps its plain note', () => {
    expect(plainTextOf('带 :term[居民户口簿]{plain="就是户口本"} 到 :location[市民中心]{code="LOC-1"}')).toBe('带 居民户口簿（就是户口本） 到 市民中心');
  });

  test('markup is dropped, one line per block', () => {
    expect(plainTextOf('**首次**签发\n\n- 每证20元；\n1. [链接](http://x)')).toBe('首次签发\n每证20元；\n链接');
  });
});
