/**
 * The page's script (page-html.ts says why it is a string). Plain ES2017 for the browsers office
 * PCs have; no framework, no network beyond this server. Written without template literals so it
 * can sit in String.raw unchanged.
 *
 * State: the outline as /api/outline returned it, edited in place; the chosen theme; the numbers
 * typed for masked figures, keyed by label and sentence. Every change asks /api/preview for the
 * slides again (debounced; an older answer arriving late is dropped).
 */
export const PAGE_JS = String.raw`'use strict';
(function () {
  var state = { name: '', outline: null, theme: null, figures: {}, masked: [], generation: 0, timer: null, urls: [] };
  var PREVIEW_DELAY = 250;

  function $(id) { return document.getElementById(id); }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attributes[key];
      else if (key.indexOf('on') === 0) node.addEventListener(key.slice(2), attributes[key]);
      else node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function setStatus(text, isError) {
    var status = $('status');
    status.textContent = text;
    status.className = isError ? 'status error' : 'status';
  }

  function query(extra) {
    var params = new URLSearchParams();
    if (state.name) params.set('name', state.name);
    if (state.theme) params.set('theme', state.theme);
    Object.keys(extra || {}).forEach(function (key) { params.set(key, extra[key]); });
    return params.toString();
  }

  function errorText(response) {
    return response.json().then(function (body) {
      return (body && body.error ? body.error : '出错了（' + response.status + '）') + (body && body.hint ? ' ' + body.hint : '');
    }, function () { return '出错了（' + response.status + '）'; });
  }

  function post(path, body, contentType, extra) {
    return fetch(path + '?' + query(extra), { method: 'POST', headers: { 'Content-Type': contentType }, body: body }).then(function (response) {
      if (response.ok) return response;
      return errorText(response).then(function (message) { throw new Error(message); });
    });
  }

  function figureKey(entry) { return entry.label + '\u0000' + entry.sentence; }

  /** The edited outline with the numbers typed so far, as /api/preview and /api/build take it. */
  function envelope() {
    var figures = state.masked.map(function (entry) {
      return { label: entry.label, sentence: entry.sentence, value: state.figures[figureKey(entry)] || '' };
    }).filter(function (entry) { return entry.value.trim() !== ''; });
    return JSON.stringify({ outline: state.outline, figures: figures });
  }

  // ---------------------------------------------------------------- reading a report

  function readReport(bytes, name) {
    state.name = name;
    setStatus('正在识别“' + (name || '粘贴的文字') + '”……');
    return post('/api/outline', bytes, 'application/octet-stream').then(function (response) { return response.json(); }).then(function (outline) {
      state.outline = outline;
      state.figures = {};
      state.masked = [];
      $('outline-panel').hidden = false;
      $('slides-panel').hidden = false;
      renderOutline();
      setStatus('已识别：' + outline.sections.length + ' 个主题。可在下面修改提纲。');
      schedulePreview(0);
    }).catch(function (error) { setStatus(error.message, true); });
  }

  function readFile(file) {
    if (!file) return;
    file.arrayBuffer().then(function (bytes) { return readReport(bytes, file.name); });
  }

  function setupSource() {
    var drop = $('drop');
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (event) { event.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function () { drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (event) {
      event.preventDefault();
      readFile(event.dataTransfer && event.dataTransfer.files[0]);
    });
    // A file dropped beside the box would otherwise be opened by the browser, leaving the page.
    window.addEventListener('dragover', function (event) { event.preventDefault(); });
    window.addEventListener('drop', function (event) { event.preventDefault(); });
    $('file').addEventListener('change', function (event) { readFile(event.target.files[0]); event.target.value = ''; });
    $('paste-go').addEventListener('click', function () {
      var text = $('paste').value;
      if (text.trim() === '') { setStatus('请先粘贴文稿文字。', true); return; }
      readReport(new TextEncoder().encode(text), '');
    });
  }

  // ---------------------------------------------------------------- the outline editor

  function changed(rebuild) {
    if (rebuild) renderOutline();
    schedulePreview(PREVIEW_DELAY);
  }

  function move(list, index, by) {
    var target = index + by;
    if (target < 0 || target >= list.length) return;
    var entry = list.splice(index, 1)[0];
    list.splice(target, 0, entry);
    changed(true);
  }

  function remove(list, index, what) {
    var entry = list[index];
    var name = entry.heading || entry.title || '';
    if (!window.confirm('删除' + what + '“' + name + '”及其下的文字？')) return;
    list.splice(index, 1);
    changed(true);
  }

  /** A heading as the Markdown outline has it: the title follows the heading unless it had its own. */
  function headingInput(entry, label) {
    return el('input', {
      type: 'text', value: entry.heading || entry.title || '', 'aria-label': label,
      oninput: function (event) { entry.heading = event.target.value; delete entry.title; changed(false); }
    });
  }

  function tools(list, index, what) {
    return [
      el('button', { type: 'button', class: 'small', title: '上移', 'aria-label': '上移' + what, text: '↑', onclick: function () { move(list, index, -1); } }),
      el('button', { type: 'button', class: 'small', title: '下移', 'aria-label': '下移' + what, text: '↓', onclick: function () { move(list, index, 1); } }),
      el('button', { type: 'button', class: 'small', title: '删除', 'aria-label': '删除' + what, text: '✕', onclick: function () { remove(list, index, what); } })
    ];
  }

  function bodyEditor(entry, key, label) {
    var area = el('textarea', { rows: '4', 'aria-label': label, oninput: function (event) { entry[key] = event.target.value; changed(false); } });
    area.value = entry[key] || '';
    return el('details', { class: 'body' }, [el('summary', { text: label }), area]);
  }

  function renderItems(point) {
    if (!point.items || point.items.length === 0) return null;
    return el('ul', { class: 'items' }, point.items.map(function (item, index) {
      return el('li', {}, [el('div', { class: 'row' }, [headingInput(item, '条目标题')].concat(tools(point.items, index, '条目')))]);
    }));
  }

  function renderPoint(section, point, index) {
    return el('li', { class: 'point' }, [
      el('div', { class: 'row' }, [headingInput(point, '要点标题')].concat(tools(section.points, index, '要点'))),
      renderItems(point),
      bodyEditor(point, 'body', '要点正文')
    ]);
  }

  function renderSection(section, index) {
    var points = el('ol', { class: 'points' }, section.points.map(function (point, pointIndex) { return renderPoint(section, point, pointIndex); }));
    return el('li', { class: 'section' }, [
      el('div', { class: 'row' }, [headingInput(section, '主题标题')].concat(tools(state.outline.sections, index, '主题'))),
      section.points.length === 0 ? bodyEditor(section, 'lead', '主题正文') : null,
      points,
      el('button', { type: 'button', class: 'small add-point', text: '＋ 添加要点', onclick: function () {
        section.points.push({ heading: '新要点', body: '', items: [] });
        changed(true);
      } })
    ]);
  }

  function renderOutline() {
    var list = $('outline');
    list.textContent = '';
    $('deck-title').value = state.outline.title;
    state.outline.sections.forEach(function (section, index) { list.appendChild(renderSection(section, index)); });
  }

  function setupOutline() {
    $('deck-title').addEventListener('input', function (event) { state.outline.title = event.target.value; changed(false); });
    $('add-section').addEventListener('click', function () {
      state.outline.sections.push({ heading: '新主题', lead: '', points: [], body: '', tables: [] });
      changed(true);
    });
  }

  // ---------------------------------------------------------------- warnings and masked figures

  function renderWarnings(warnings) {
    var box = $('warnings');
    box.textContent = '';
    warnings.forEach(function (warning) { box.appendChild(el('p', { text: warning })); });
  }

  function excerpt(sentence, text) {
    var at = sentence.indexOf(text);
    var start = Math.max(0, at - 14);
    var end = Math.min(sentence.length, (at < 0 ? 0 : at + text.length) + 10);
    return (start > 0 ? '…' : '') + sentence.slice(start, end) + (end < sentence.length ? '…' : '');
  }

  function renderFigures(masked) {
    var keys = masked.map(figureKey).join('\u0001');
    var old = state.masked.map(figureKey).join('\u0001');
    state.masked = masked;
    $('figures-box').hidden = masked.length === 0;
    if (keys === old && $('figures').rows.length === masked.length) {
      markFilled(masked);
      return;
    }
    var table = $('figures');
    table.textContent = '';
    masked.forEach(function (entry) {
      var key = figureKey(entry);
      var input = el('input', { type: 'text', inputmode: 'decimal', 'aria-label': entry.label + entry.text, placeholder: entry.text, oninput: function (event) {
        state.figures[key] = event.target.value;
        schedulePreview(PREVIEW_DELAY);
      } });
      input.value = state.figures[key] || '';
      table.appendChild(el('tr', {}, [
        el('td', { text: entry.number + '.' }),
        el('td', { text: (entry.label || '') + ' ' + entry.text }),
        el('td', { class: 'value' }, [input, document.createTextNode(' ' + entry.unit)]),
        el('td', { class: 'excerpt', text: excerpt(entry.sentence, entry.text) })
      ]));
    });
    markFilled(masked);
  }

  /** A row whose number reached the slides is marked, so the user sees which ones still need one. */
  function markFilled(masked) {
    var rows = $('figures').rows;
    masked.forEach(function (entry, index) {
      if (rows[index]) rows[index].className = entry.filled ? 'filled' : '';
    });
  }

  // ---------------------------------------------------------------- themes and previews

  function renderThemes(list) {
    var box = $('themes');
    box.textContent = '';
    list.themes.forEach(function (theme) {
      var swatch = el('span', { class: 'swatch', 'aria-hidden': 'true' }, ['primary', 'accent', 'secondary', 'background'].map(function (name) {
        var chip = el('span', {});
        chip.style.background = '#' + theme.colors[name];
        return chip;
      }));
      var button = el('button', { type: 'button', class: 'theme', role: 'radio', 'data-theme': theme.name, 'aria-checked': String(theme.name === state.theme), onclick: function () {
        state.theme = theme.name;
        Array.prototype.forEach.call(box.children, function (other) { other.setAttribute('aria-checked', String(other === button)); });
        if (state.outline) schedulePreview(0);
      } }, [swatch, document.createTextNode(theme.label)]);
      box.appendChild(button);
    });
  }

  function schedulePreview(delay) {
    if (!state.outline) return;
    clearTimeout(state.timer);
    $('slides').classList.add('stale');
    state.timer = setTimeout(preview, delay);
  }

  function preview() {
    var generation = ++state.generation;
    post('/api/preview', envelope(), 'application/json').then(function (response) { return response.json(); }).then(function (answer) {
      if (generation !== state.generation) return;
      renderSlides(answer.slides);
      renderWarnings(answer.warnings);
      renderFigures(answer.masked);
      setStatus('');
    }).catch(function (error) {
      if (generation === state.generation) setStatus(error.message, true);
    });
  }

  function renderSlides(slides) {
    var box = $('slides');
    state.urls.forEach(function (url) { URL.revokeObjectURL(url); });
    state.urls = [];
    box.textContent = '';
    slides.forEach(function (slide, index) {
      var url = URL.createObjectURL(new Blob([slide.svg], { type: 'image/svg+xml' }));
      state.urls.push(url);
      box.appendChild(el('figure', { class: 'slide' }, [
        el('img', { src: url, alt: '第 ' + (index + 1) + ' 页：' + slide.title }),
        el('figcaption', { text: (index + 1) + '. ' + slide.title })
      ]));
    });
    box.classList.remove('stale');
    box.setAttribute('data-count', String(slides.length));
    $('slide-count').textContent = '共 ' + slides.length + ' 页';
  }

  // ---------------------------------------------------------------- downloads

  function fileNameOf(response, fallback) {
    var header = response.headers.get('Content-Disposition') || '';
    var match = /filename\*=UTF-8''([^;]+)/i.exec(header);
    return match ? decodeURIComponent(match[1]) : fallback;
  }

  function download(path, extra, fallback, button) {
    if (!state.outline) return;
    button.disabled = true;
    setStatus('正在生成……');
    post(path, envelope(), 'application/json', extra).then(function (response) {
      return response.blob().then(function (blob) {
        var url = URL.createObjectURL(blob);
        var link = el('a', { href: url, download: fileNameOf(response, fallback) });
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
        setStatus('已下载：' + link.getAttribute('download'));
      });
    }).catch(function (error) { setStatus(error.message, true); }).then(function () { button.disabled = false; });
  }

  function setupDownloads() {
    $('download').addEventListener('click', function (event) { download('/api/build', {}, '演示文稿.pptx', event.currentTarget); });
    $('download-md').addEventListener('click', function (event) { download('/api/outline', { format: 'md' }, '提纲.outline.md', event.currentTarget); });
  }

  function start() {
    setupSource();
    setupOutline();
    setupDownloads();
    fetch('/api/themes').then(function (response) { return response.json(); }).then(function (list) {
      state.theme = list.default;
      renderThemes(list);
    }).catch(function () { setStatus('无法读取主题列表，请刷新页面。', true); });
  }

  start();
})();
`;
