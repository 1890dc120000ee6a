// CSRF token for every htmx request (forms keep the hidden input Thymeleaf adds).
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    evt.detail.headers[header.content] = token.content;
  }
});

window.Aparatur = window.Aparatur || {};

// Text into HTML: every name, label or value that a chart puts into tooltip (or any other) HTML goes through this, so
// that a jabatan named "<img src=x onerror=...>" shows as those characters instead of becoming an element.
window.Aparatur.teksHtml = function (nilai) {
  return String(nilai === null || nilai === undefined ? '' : nilai).replace(/[&<>"'`]/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' }[c];
  });
};

// htmx may evaluate JavaScript from attributes (hx-on, hx-vals="js:...", trigger filters [...]); Aparatur uses none of
// them and the CSP has no 'unsafe-eval', so switch the feature off instead of letting it fail on a CSP violation.
if (window.htmx) {
  window.htmx.config.allowEval = false;
}

// Charts: draws every element matching `selektor` (not yet drawn) with `gambar(el)` once ECharts is there; ECharts is
// loaded on demand from the first element's data-echarts. Used by the pages that draw with ECharts.
window.Aparatur.grafik = function (selektor, gambar) {
  function pindai() {
    var daftar = document.querySelectorAll(selektor + ':not([data-siap])');
    if (!daftar.length) { return; }
    if (window.echarts) { daftar.forEach(gambar); return; }
    var s = document.createElement('script');
    s.src = daftar[0].dataset.echarts;
    s.onload = function () { daftar.forEach(gambar); };
    document.head.appendChild(s);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', pindai);
  } else {
    pindai();
  }
};
