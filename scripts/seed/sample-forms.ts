/**
 * Uploads the sample and blank forms the sample guides refer to, once each: a file already
 * in the media library under the same name is reused, so a second seed uploads nothing.
 * The forms themselves are generated (scripts/seed/sample-form-pdf.ts); a department would
 * upload its real scanned forms instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Asset, Material, Matter } from '../../src/domain/guide';
import { formPdf, type FormPage } from './sample-form-pdf';

export type StoredFile = Asset & { id: number };

type FormRequest = { asset: Asset; page: FormPage };

/** Markdown of the guide dialect as plain lines for print: directive labels kept, marks dropped. */
function plainLines(markdown: string | undefined): string[] {
  if (!markdown) return [];
  return markdown
    .replace(/:\w+\[([^\]]*)\](\{[^}]*\})?/g, '$1')
    .replace(/[*_`>#]/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function materialForms(matter: Matter, material: Material): FormRequest[] {
  const lines = [`事项：${matter.taskName}`, ...plainLines(material.fillingInstructions).slice(0, 12)];
  const fields = ['申请人姓名', '公民身份号码', '联系电话', '联系地址', '申请日期'];
  const requests: FormRequest[] = [];
  if (material.blankForm) {
    requests.push({ asset: material.blankForm, page: { title: `${material.name}（空白表）`, lines, fields } });
  }
  if (material.sampleForm) {
    const values = ['张三', '441900199001011234', '0769-22000000', '东莞市南城街道鸿福路199号', '2026年1月5日'];
    requests.push({ asset: material.sampleForm, page: { title: `${material.name}（填写样例）`, lines, fields, values } });
  }
  return requests;
}

function resultForm(matter: Matter): FormRequest[] {
  if (!matter.resultSample) return [];
  const title = `${matter.resultName ?? matter.taskName}（样本）`;
  return [{ asset: matter.resultSample, page: { title, lines: [`事项：${matter.taskName}`, '此为结果样本，仅供参考'], fields: [] } }];
}

/** Every form the matters refer to, one per file name. */
export function formRequests(matters: Matter[]): FormRequest[] {
  const byName = new Map<string, FormRequest>();
  for (const matter of matters) {
    const requests = [...matter.materials.flatMap((material) => materialForms(matter, material)), ...resultForm(matter)];
    for (const request of requests) {
      const name = path.basename(request.asset.url);
      if (!byName.has(name)) byName.set(name, request);
    }
  }
  return [...byName.values()];
}

async function uploadForm(strapi: Core.Strapi, name: string, request: FormRequest): Promise<StoredFile> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongyuan-form-'));
  const filepath = path.join(dir, name);
  try {
    fs.writeFileSync(filepath, formPdf(request.page));
    const [file] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name, alternativeText: request.page.title, caption: request.asset.name } },
      files: { filepath, originalFilename: name, mimetype: request.asset.mime, size: fs.statSync(filepath).size },
    });
    return { id: file.id, name: file.name, url: file.url, mime: file.mime };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Uploads missing forms; returns the stored file for each asset URL used by the sample data. */
export async function ensureSampleForms(strapi: Core.Strapi, matters: Matter[]): Promise<{ files: Map<string, StoredFile>; uploaded: number }> {
  const files = new Map<string, StoredFile>();
  let uploaded = 0;
  for (const request of formRequests(matters)) {
    const name = path.basename(request.asset.url);
    const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name } });
    const stored = existing ? { id: existing.id, name: existing.name, url: existing.url, mime: existing.mime } : await uploadForm(strapi, name, request);
    if (!existing) uploaded += 1;
    files.set(request.asset.url, stored);
  }
  return { files, uploaded };
}
