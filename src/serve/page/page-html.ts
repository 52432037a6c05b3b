/**
 * The page of `huibao serve`. Everything it needs is served by huibao itself (no CDN, no web
 * fonts): this HTML, page-css.ts and page-js.ts. Kept as strings in modules so the one-file bundle
 * (scripts/bundle.mjs) and the compiled modules both carry it.
 */
export const PAGE_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>汇报 · 文稿生成幻灯片</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/style.css">
<script src="/app.js" defer></script>
</head>
<body>
<header class="top">
  <h1>汇报</h1>
  <p>把讲话稿、汇报材料变成可以上会的幻灯片。全部在这台电脑上处理，文稿不会上传到网上。</p>
</header>
<main>
  <section class="panel" id="source-panel">
    <h2>① 文稿</h2>
    <div id="drop" class="drop" tabindex="0">
      <p>把 .txt、.docx 或 .md 文稿拖到这里</p>
      <label class="button">选择文件<input type="file" id="file" accept=".txt,.text,.md,.markdown,.docx"></label>
    </div>
    <details id="paste-box">
      <summary>或者粘贴文字</summary>
      <textarea id="paste" rows="8" placeholder="把文稿全文粘贴到这里（标题在第一行）"></textarea>
      <button type="button" id="paste-go">识别粘贴的文字</button>
    </details>
    <p id="status" class="status" role="status" aria-live="polite"></p>
  </section>
  <section class="panel" id="outline-panel" hidden>
    <h2>② 提纲 <small>改标题、调顺序、增删主题和要点；每次改动右边的幻灯片随即更新</small></h2>
    <label class="field">标题 <input id="deck-title" type="text"></label>
    <div id="warnings" class="warnings" aria-live="polite"></div>
    <div id="figures-box" class="figures" hidden>
      <h3>补全隐去的数字</h3>
      <p class="hint">原文中用 * 或 × 隐去的数字，上会前请填上（只写数字，单位已在原文中）。</p>
      <table id="figures"></table>
    </div>
    <ol id="outline" class="outline"></ol>
    <button type="button" id="add-section">＋ 添加主题</button>
  </section>
  <section class="panel" id="slides-panel" hidden>
    <h2>③ 配色与幻灯片</h2>
    <div id="themes" class="themes" role="radiogroup" aria-label="配色主题"></div>
    <div class="actions">
      <button type="button" id="download" class="primary">下载演示文稿（.pptx）</button>
      <button type="button" id="download-md">下载提纲（.md）</button>
      <span id="slide-count" class="count"></span>
    </div>
    <div id="slides" class="slides"></div>
  </section>
</main>
</body>
</html>
`;
