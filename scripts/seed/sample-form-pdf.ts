/**
 * Writes a one-page A4 PDF for a sample or blank form of the sample content. Chinese text
 * uses the PDF standard CJK font STSong-Light (UniGB-UCS2-H), which every PDF reader
 * supplies, so the file needs no embedded font and stays a few kilobytes.
 */

export type FormPage = {
  title: string;
  lines: string[];          // printed under the title, one per row
  fields: string[];         // labelled boxes to fill in (empty on a blank form)
  values?: string[];        // example values printed in the boxes (a filled-in sample)
};

/** UTF-16BE hex of a string, as the UCS2 CMap expects. Characters beyond the BMP become "?". */
function ucs2Hex(text: string): string {
  let hex = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0x3f;
    hex += (code > 0xffff ? 0x3f : code).toString(16).padStart(4, '0');
  }
  return `<${hex}>`;
}

function textAt(x: number, y: number, size: number, text: string): string {
  return `BT /F1 ${size} Tf ${x} ${y} Td ${ucs2Hex(text)} Tj ET`;
}

function pageContent(page: FormPage): string {
  const ops: string[] = [textAt(60, 780, 18, page.title)];
  let y = 750;
  for (const line of page.lines) {
    ops.push(textAt(60, y, 11, line));
    y -= 18;
  }
  y -= 10;
  page.fields.forEach((label, index) => {
    ops.push(textAt(60, y, 11, label));
    ops.push(`0.5 w 160 ${y - 8} 375 24 re S`);
    const value = page.values?.[index];
    if (value) ops.push(textAt(168, y, 11, value));
    y -= 34;
  });
  return ops.join('\n');
}

/** The bytes of a PDF holding one form page. */
export function formPdf(page: FormPage): Buffer {
  const content = Buffer.from(pageContent(page), 'latin1');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content.toString('latin1')}\nendstream`,
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
