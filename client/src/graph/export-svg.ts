// A small SVG writer for the drawing as seen on screen: edges, then nodes, then labels, all escaped.

export interface SvgNode {
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  label: string | null;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  size: number;
  color: string;
  /** Sigma's curvature: 0 is straight; the bend is this share of the edge's length, sideways. */
  curvature: number;
  /** Radius of the target node, where the arrowhead stops. */
  targetSize: number;
}

export interface SvgScene {
  width: number;
  height: number;
  background: string;
  labelColor: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
}

/**
 * Characters XML 1.0 allows nowhere, not even escaped: C0 controls other than tab, LF and CR, U+FFFE/U+FFFF and
 * unpaired surrogates. Data may hold them (names are free text), and one is enough for Gephi, yEd or a browser
 * to refuse the whole file.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every character XML cannot carry replaced by U+FFFD, so the file still parses. */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, "\uFFFD");
}

/** Escapes text for XML content and attribute values (after dropping what XML cannot carry at all). */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only #rgb/#rrggbb(aa), rgb()/rgba() and named colours pass; anything else becomes grey. */
export function safeColor(color: string): string {
  return /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]+)$/i.test(color) ? color : "#888888";
}

const n = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);

function edgePath(e: SvgEdge): string {
  const dx = e.x2 - e.x1;
  const dy = e.y2 - e.y1;
  const length = Math.hypot(dx, dy) || 1;
  // The control point sits off the middle, perpendicular to the edge, as @sigma/edge-curve draws it.
  const cx = (e.x1 + e.x2) / 2 - (dy / length) * e.curvature * length;
  const cy = (e.y1 + e.y2) / 2 + (dx / length) * e.curvature * length;
  // The arrow points along the curve's last tangent and stops at the target's rim.
  const [fx, fy] = e.curvature === 0 ? [e.x1, e.y1] : [cx, cy];
  const tl = Math.hypot(e.x2 - fx, e.y2 - fy) || 1;
  const ux = (e.x2 - fx) / tl;
  const uy = (e.y2 - fy) / tl;
  const head = Math.max(e.size * 2.5, 5);
  const tipX = e.x2 - ux * e.targetSize;
  const tipY = e.y2 - uy * e.targetSize;
  const baseX = tipX - ux * head;
  const baseY = tipY - uy * head;
  const line =
    e.curvature === 0
      ? `M${n(e.x1)} ${n(e.y1)}L${n(baseX)} ${n(baseY)}`
      : `M${n(e.x1)} ${n(e.y1)}Q${n(cx)} ${n(cy)} ${n(baseX)} ${n(baseY)}`;
  const arrow = `M${n(tipX)} ${n(tipY)}L${n(baseX - uy * head * 0.5)} ${n(baseY + ux * head * 0.5)}L${n(baseX + uy * head * 0.5)} ${n(baseY - ux * head * 0.5)}Z`;
  const color = safeColor(e.color);
  return `<path d="${line}" fill="none" stroke="${color}" stroke-width="${n(e.size)}"/><path d="${arrow}" fill="${color}"/>`;
}

/**
 * Writes the scene as a standalone SVG document.
 * @example toSvg({ width: 800, height: 600, background: "#fff", labelColor: "#000", nodes, edges })
 */
export function toSvg(scene: SvgScene): string {
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}">`,
    `<rect width="100%" height="100%" fill="${safeColor(scene.background)}"/>`,
    `<g class="edges">`,
    ...scene.edges.map(edgePath),
    `</g><g class="nodes">`,
    ...scene.nodes.map(
      (v) => `<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(v.size)}" fill="${safeColor(v.color)}"/>`,
    ),
    `</g><g class="labels" font-family="Inter, system-ui, sans-serif" font-size="13" fill="${safeColor(scene.labelColor)}">`,
    ...scene.nodes
      .filter((v) => v.label)
      .map((v) => `<text x="${n(v.x + v.size + 3)}" y="${n(v.y + 4)}">${escapeXml(v.label!)}</text>`),
    `</g></svg>`,
  ];
  return parts.join("\n");
}
