import { symbolPath } from '../layout/symbolPath.ts';
import type { Category } from '../data/schema.ts';
import { escapeMarkup } from '../data/escapeMarkup.ts';
import { LEGEND, legendRows } from '../layout/legendRows.ts';
import { canvasMeasure } from './canvasMeasure.ts';

/** What frames the chart in an exported image: title, legend and credit lines. */
export interface ExportFrame {
  title: string;
  subtitle: string;
  categories: Category[];
  credit: string;
}

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'paint-order',
  'text-anchor',
];
const NS = 'http://www.w3.org/2000/svg';

/**
 * A standalone SVG of the chart as it is on screen: computed styles inlined (so it looks the same
 * outside the page), interactive-only parts removed, and a title, legend and credit line added.
 */
export function exportSvg(
  chart: SVGSVGElement,
  frame: ExportFrame,
): { svg: string; width: number; height: number } {
  const clone = chart.cloneNode(true) as SVGSVGElement;
  const from = [chart, ...chart.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    const target = to[i] as SVGElement;
    target.setAttribute(
      'style',
      STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'),
    );
    for (const attr of ['class', 'tabindex', 'role', 'aria-label', 'aria-current', 'data-event-id'])
      target.removeAttribute(attr);
  });
  clone
    .querySelectorAll('[style*="fill:rgba(0, 0, 0, 0)"], [style*="fill:transparent"]')
    .forEach((el) => el.getAttribute('style')!.includes('stroke:none') && el.remove());
  clone.setAttribute('x', '0');
  clone.setAttribute('y', '0');
  const content = new XMLSerializer().serializeToString(clone);
  return framed(content, chart.width.baseVal.value, chart.height.baseVal.value, frame);
}

/** Whether the page is in its dark theme (chosen, or the system's). */
export function isDark(): boolean {
  return (
    document.documentElement.dataset.theme === 'dark' ||
    (document.documentElement.dataset.theme !== 'light' &&
      matchMedia('(prefers-color-scheme: dark)').matches)
  );
}

/**
 * A standalone SVG of `content` (SVG markup `width` by `height`, drawn from its own top-left)
 * under a title, subtitle and legend and above a credit line, on the page's background.
 */
export function framed(
  content: string,
  width: number,
  contentHeight: number,
  frame: ExportFrame,
): { svg: string; width: number; height: number } {
  const fg = resolveColor('--fg');
  const muted = resolveColor('--muted');
  const dark = isDark();
  const rows = legendRows(frame.categories, width, 74, canvasMeasure);
  const legend = rows.placed.map(({ item: c, x, y }) => {
    const g = symbolPath(c.shape, 90);
    return `<g transform="translate(${x},${y})"><path d="${g.d}" transform="translate(6,-4) rotate(${g.rotate})" fill="${dark ? c.colorDark : c.color}"/><text x="16" y="0" font-size="${LEGEND.fontPx}" fill="${fg}">${escapeMarkup(c.label)}</text></g>`;
  });
  // Without a legend the content starts under the subtitle.
  const top = frame.categories.length ? rows.bottom + 16 : 66;
  const height = top + contentHeight + 44;
  const svg =
    `<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="${resolveColor('--bg')}"/>` +
    `<text x="12" y="28" font-size="20" font-weight="700" fill="${fg}">${escapeMarkup(frame.title)}</text>` +
    `<text x="12" y="50" font-size="13" fill="${muted}">${escapeMarkup(frame.subtitle)}</text>` +
    legend.join('') +
    `<g transform="translate(0,${top})">${content}</g>` +
    `<text x="12" y="${top + contentHeight + 26}" font-size="12" fill="${muted}">${escapeMarkup(frame.credit)}</text>` +
    `</svg>`;
  return { svg, width, height };
}

/** A theme colour as the page shows it now (the variables hold light-dark() pairs). */
export function resolveColor(variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Renders an SVG string to a PNG at `scale` times its size (2 for print). */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = 2,
): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

/** Saves a blob or text as a file download. */
export function download(content: Blob | string, fileName: string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
