/** Styles of the page (page-html.ts says why they are a string). System fonts only. */
export const PAGE_CSS = `
:root { --red: #B71C1C; --ink: #222; --muted: #666; --line: #ddd; --bg: #f6f4f1; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; color: var(--ink); background: var(--bg); font-size: 15px; }
.top { background: var(--red); color: #fff; padding: 12px 24px; display: flex; align-items: baseline; gap: 20px; }
.top h1 { margin: 0; font-size: 24px; letter-spacing: 4px; }
.top p { margin: 0; opacity: .9; }
main { display: grid; grid-template-columns: minmax(320px, 440px) 1fr; gap: 16px; padding: 16px 24px; }
#source-panel { grid-column: 1; }
#outline-panel { grid-column: 1; }
#slides-panel { grid-column: 2; grid-row: 1 / span 2; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; }
.panel h2 { font-size: 17px; margin: 0 0 10px; }
.panel h2 small { font-size: 12px; color: var(--muted); font-weight: normal; margin-left: 6px; }
.drop { border: 2px dashed #bbb; border-radius: 6px; padding: 18px; text-align: center; color: var(--muted); }
.drop.over { border-color: var(--red); background: #fff5f5; }
.drop p { margin: 0 0 10px; }
.button, button { display: inline-block; font: inherit; font-size: 14px; padding: 5px 12px; border: 1px solid #bbb; border-radius: 4px; background: #fafafa; color: var(--ink); cursor: pointer; }
.button input { display: none; }
button:hover, .button:hover { border-color: var(--red); }
button.primary { background: var(--red); border-color: var(--red); color: #fff; }
button.small { padding: 1px 6px; font-size: 13px; }
textarea { width: 100%; font: inherit; margin: 8px 0; }
.status { min-height: 1.4em; margin: 8px 0 0; color: var(--muted); }
.status.error { color: var(--red); font-weight: bold; }
.field { display: flex; gap: 8px; align-items: center; margin-bottom: 10px; }
.field input { flex: 1; }
input[type=text] { font: inherit; padding: 3px 6px; border: 1px solid #ccc; border-radius: 3px; min-width: 0; }
.outline { padding-left: 22px; margin: 8px 0; }
.outline > li { margin: 8px 0; }
.row { display: flex; gap: 4px; align-items: center; }
.row input { flex: 1; }
.section > .row input { font-weight: bold; }
.points { padding-left: 22px; margin: 4px 0; }
.points > li { margin: 3px 0; }
.items { padding-left: 20px; margin: 2px 0; list-style: circle; }
.items input { font-size: 13px; }
details.body summary { font-size: 12px; color: var(--muted); cursor: pointer; }
details.body textarea { font-size: 13px; }
.warnings { margin: 8px 0; }
.warnings p { margin: 4px 0; padding: 6px 8px; background: #fff8e1; border-left: 3px solid #f9a825; font-size: 13px; }
.figures { margin: 8px 0; padding: 8px; background: #f3f7ff; border: 1px solid #cfdcf5; border-radius: 4px; }
.figures h3 { margin: 0 0 4px; font-size: 15px; }
.figures .hint { margin: 0 0 6px; font-size: 12px; color: var(--muted); }
.figures td { padding: 2px 4px; font-size: 13px; vertical-align: middle; }
.figures td.excerpt { color: var(--muted); }
.figures td.value { white-space: nowrap; }
.figures input { width: 5em; }
.figures tr.filled td:first-child { color: #2e7d32; font-weight: bold; }
.themes { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 10px; }
.theme { display: flex; align-items: center; gap: 6px; padding: 4px 10px 4px 4px; }
.theme[aria-checked=true] { border: 2px solid var(--ink); font-weight: bold; }
.swatch { display: inline-flex; border: 1px solid #999; }
.swatch span { width: 14px; height: 22px; }
.actions { display: flex; gap: 8px; align-items: center; margin-bottom: 12px; flex-wrap: wrap; }
.count { color: var(--muted); }
.slides { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.slides.stale { opacity: .55; }
figure.slide { margin: 0; }
figure.slide img { width: 100%; display: block; border: 1px solid var(--line); box-shadow: 0 1px 3px rgba(0,0,0,.12); background: #fff; }
figure.slide figcaption { font-size: 12px; color: var(--muted); margin-top: 3px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } #slides-panel { grid-column: 1; grid-row: auto; } }
`;
