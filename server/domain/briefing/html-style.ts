// The briefing's stylesheet, inlined into every HTML briefing: screen and print (A4, page breaks, no split rows).

export const BRIEFING_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f4f1; color: #1d1d1b; font: 15px/1.5 Georgia, "Times New Roman", serif; }
.briefing { max-width: 52rem; margin: 0 auto; padding: 2rem 2.5rem; background: #fff; }
header { border-bottom: 2px solid #1d1d1b; margin-bottom: 1.5rem; padding-bottom: 1rem; }
.kicker { margin: 0; font: 600 0.8rem/1.2 Helvetica, Arial, sans-serif; letter-spacing: 0.08em; text-transform: uppercase; color: #555; }
h1 { margin: 0.3rem 0; font-size: 2rem; line-height: 1.2; }
h2 { margin: 2rem 0 0.6rem; font: 700 1.15rem/1.3 Helvetica, Arial, sans-serif; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
h3 { margin: 1rem 0 0.3rem; font: 600 0.95rem/1.3 Helvetica, Arial, sans-serif; color: #333; }
.meta, .note, figcaption { color: #555; font-size: 0.85rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #e2e2e2; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 1.5px solid #1d1d1b; font-family: Helvetica, Arial, sans-serif; font-size: 0.8rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total th, tr.total td { border-top: 1.5px solid #1d1d1b; font-weight: 700; }
table.profile { width: auto; }
table.profile th { color: #555; font-weight: 400; }
ul.facts, ul.paths { padding-left: 1.2rem; margin: 0.2rem 0; }
ol.timeline { list-style: none; padding-left: 0; }
ol.timeline li { padding-left: 6.5rem; text-indent: -6.5rem; }
ol.timeline time { display: inline-block; width: 6rem; text-indent: 0; font-weight: 700; font-family: Helvetica, Arial, sans-serif; font-size: 0.85rem; }
.who { font-weight: 600; }
a.cite { color: #1f5fa8; text-decoration: none; font-size: 0.75rem; }
sup { line-height: 0; }
figure { margin: 0; }
svg.ego { width: 100%; height: auto; border: 1px solid #e2e2e2; }
.url { word-break: break-all; color: #555; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  .briefing { max-width: none; padding: 0; }
  a.cite { color: #1d1d1b; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
  #figure, #references { break-before: page; page-break-before: always; }
  svg.ego { border: none; max-height: 240mm; }
}
`;
