// Small real files for attachments and recordings, made in code so that no binary is committed
// and nothing is downloaded: a one-page PDF, a 24×24 PNG and a short WAV tone.

export function pdfBytes(title: string): Uint8Array {
  const text = title.replace(/[()\\]/g, '').slice(0, 40);
  const stream = `BT /F1 18 Tf 24 70 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 320 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAB5ElEQVR42uXUrcrmMBiE4T24dXV1dXURLwQKDYWQQOCBQEKgpFAIvKKurq4ncp/FqrVr9wj6/cC6hdGXmpkfv37/+Sf58X9C6oV+YV64F/Iiv6gvvgcNmlGjNFpjNE4jmqypmqY5NF+C+olhYpxQE3rCTLgJmcgTdaJNHBPnxCdQN9PPDDPjjJrRM2bGzchMnqkzbeaYOWeumQ+hhX5hWBgX1IJeMAtuQRbyQl1oC8fCuXAtz9BPS2fpLYNltCiLthiLs4glW6qlWQ7Labkst+UB8nSe3jN4Ro/yaI/xOI94sqd6mufwnJ7Lc/snKNAF+sAQGAMqoAMm4AISyIEaaIEjcAauwB2eIKETemEQRkEJWjCCE0TIQhWacAincAm3PEGRLtJHhsgYUREdMREXkUiO1EiLHJEzckXu+AQlukSfGBJjQiV0wiRcQhI5URMtcSTOxJW40xNU6Ap9YSiMBVXQBVNwBSnkQi20wlE4C1fhLjz3aKVfGVbGFbWiV8yKW5GVvFJX2sqxcq5c68eF3Og3ho1xQ23oDbPhNmQjb9SNtnFsnBvXxmdb2xl2xh21o3fMjtuRnbxTd9rOsXPufG39jbGhGrphGq4hjdyojdY4Gt/8ozf6jXnj3sib/Ka++Q8/+y+AMF9fufdJDgAAAABJRU5ErkJggg==';

export function pngBytes(): Uint8Array {
  return Uint8Array.from(atob(PNG_BASE64), (char) => char.charCodeAt(0));
}

/**
 * A mono 8-bit WAV, playable by any browser: by default two short tones (0.6 s at 8 kHz, about
 * 5 kB); a recording of a call lasts as long as the call, a beep each second over quiet, at a low
 * rate (4 kHz: browsers decode nothing lower) so that a 15-minute call is under 4 MB.
 */
export function wavBytes(seconds = 0.6, rate = 8000): Uint8Array {
  const samples = Math.round(rate * seconds);
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) =>
    [...text].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  ascii(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true);
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  ascii(36, 'data');
  view.setUint32(40, samples, true);
  for (let i = 0; i < samples; i += 1) {
    const beeping = seconds < 2 || i % rate < rate / 8;
    const frequency = beeping ? (i < samples / 2 ? 440 : 660) : 0;
    bytes[44 + i] = 128 + Math.round(60 * Math.sin((2 * Math.PI * frequency * i) / rate));
  }
  return bytes;
}
